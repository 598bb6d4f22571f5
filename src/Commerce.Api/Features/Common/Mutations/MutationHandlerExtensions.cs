using GraphQL;

namespace Commerce.Api.Features.Common.Mutations;

public static class MutationHandlerExtensions
{
    /// <summary>The request's instance of a use-case handler (scoped: it shares the request's database context).</summary>
    public static THandler Handler<THandler>(this IResolveFieldContext context)
        where THandler : notnull =>
        context.RequestServices!.GetRequiredService<THandler>();
}
