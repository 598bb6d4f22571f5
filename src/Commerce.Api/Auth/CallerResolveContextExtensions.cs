using GraphQL;

namespace Commerce.Api.Auth;

public static class CallerResolveContextExtensions
{
    private const string CallerKey = "Commerce.Caller";

    /// <summary>Who is asking; read from the request's principal once per request.</summary>
    public static Caller Caller(this IResolveFieldContext context)
    {
        if (context.UserContext.TryGetValue(CallerKey, out var cached) && cached is Caller caller)
        {
            return caller;
        }

        caller = Auth.Caller.From(context.User);
        context.UserContext[CallerKey] = caller;
        return caller;
    }
}
