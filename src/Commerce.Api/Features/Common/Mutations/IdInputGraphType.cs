using Commerce.Domain.Common;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Common.Mutations;

/// <summary>The input of a mutation that only names its object: <c>XInput { &lt;field&gt;: ID! }</c>.</summary>
public abstract class IdInputGraphType<TInput> : InputObjectGraphType<TInput>
{
    protected IdInputGraphType(string name, string description, string field, string fieldDescription)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>(field).Description(fieldDescription);
    }
}

/// <summary>The payload of a delete: <c>XPayload { deleted&lt;Type&gt;Id: ID, userErrors }</c>.</summary>
public abstract class DeletedEntityPayloadGraphType<TEntity> : PayloadGraphType<EntityPayload<TEntity>>
    where TEntity : class, IEntity
{
    protected DeletedEntityPayloadGraphType(string mutation, string typeName)
        : base(char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Payload", $"The result of `{mutation}`.")
    {
        Field<IdGraphType>($"deleted{typeName}Id").Description($"The id of the deleted {typeName}; null when the mutation was refused.")
            .Resolve(ctx => ctx.Source.Entity is { } entity ? GlobalId.Encode(typeName, entity.Id) : null);
    }
}
