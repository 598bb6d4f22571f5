using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Commerce.Api.Features.Common.Mutations;

/// <summary>The one shape every mutation has: <c>name(input: XInput!): XPayload!</c>.</summary>
public static class MutationFieldExtensions
{
    public static FieldBuilder<object?, TPayload> MutationField<TInputType, TPayloadType, TInput, TPayload>(
        this ObjectGraphType mutation,
        string name,
        string description,
        Func<IResolveFieldContext, TInput, Task<TPayload>> resolve)
        where TInputType : InputObjectGraphType<TInput>
        where TPayloadType : PayloadGraphType<TPayload>
        where TPayload : MutationPayload =>
        mutation.Field<NonNullGraphType<TPayloadType>, TPayload>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "The mutation's input.")
            .ResolveAsync(async ctx => await resolve(ctx, ctx.GetArgument<TInput>("input")));
}
