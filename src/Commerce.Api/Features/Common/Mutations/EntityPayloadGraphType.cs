using GraphQL.Types;

namespace Commerce.Api.Features.Common.Mutations;

/// <summary>
/// A payload type holding one changed object: <c>XPayload { &lt;field&gt;: T, userErrors }</c>. Each mutation
/// still gets its own payload type (a one-line subclass), so payloads can grow apart without breaking clients.
/// </summary>
public abstract class EntityPayloadGraphType<TGraphType, TEntity> : PayloadGraphType<EntityPayload<TEntity>>
    where TGraphType : IGraphType
    where TEntity : class
{
    protected EntityPayloadGraphType(string mutation, string field, string fieldDescription)
        : base(char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Payload", $"The result of `{mutation}`.")
    {
        Field<TGraphType>(field).Description(fieldDescription + " Null when the mutation was refused.")
            .Resolve(ctx => ctx.Source.Entity);
    }
}
