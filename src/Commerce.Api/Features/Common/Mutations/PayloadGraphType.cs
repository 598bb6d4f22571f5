using GraphQL.Types;

namespace Commerce.Api.Features.Common.Mutations;

/// <summary>A payload type: adds <c>userErrors</c>; the subclass adds the changed object(s).</summary>
public abstract class PayloadGraphType<TPayload> : ObjectGraphType<TPayload>
    where TPayload : MutationPayload
{
    protected PayloadGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("userErrors")
            .Description("Why the mutation was refused; empty when it succeeded.")
            .Resolve(ctx => ctx.Source.UserErrors);
    }
}
