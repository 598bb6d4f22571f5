using GraphQL.Types;

namespace Commerce.Api.Features.Common.Mutations;

/// <summary>GraphQL shape of <see cref="UserError"/>.</summary>
public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "An expected refusal of a mutation. When a payload lists any, the mutation changed nothing.";
        Field<NonNullGraphType<UserErrorCodeType>>("code").Description("Stable machine-readable code.").Resolve(ctx => ctx.Source.Code);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("field")
            .Description("Path to the input value at fault, e.g. [\"input\", \"lines\", \"0\", \"quantity\"]; null when the whole input is refused.")
            .Resolve(ctx => ctx.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("message").Description("What is wrong, for people.").Resolve(ctx => ctx.Source.Message);
    }
}

/// <summary>The <see cref="UserErrorCode"/> enum.</summary>
public sealed class UserErrorCodeType : EnumerationGraphType<UserErrorCode>
{
    public UserErrorCodeType()
    {
        Name = "UserErrorCode";
        Description = "Codes of expected mutation refusals.";
    }
}
