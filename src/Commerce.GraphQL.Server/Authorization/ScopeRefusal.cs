using Commerce.GraphQL.Server.Errors;

namespace Commerce.GraphQL.Server.Authorization;

/// <summary>The message and code of a refused field or object, the same for the validation rule and <c>node(id:)</c>.</summary>
public static class ScopeRefusal
{
    public static string Code(CallerScopes caller) => caller.IsAuthenticated ? ErrorCodes.Forbidden : ErrorCodes.Unauthenticated;

    /// <param name="caller">Who asked: anonymous callers are told to authenticate.</param>
    /// <param name="subject">What was refused, e.g. <c>Query.orders</c> or <c>Order</c>.</param>
    /// <param name="anyOf">The requirement the caller does not meet.</param>
    public static string Message(CallerScopes caller, string subject, IReadOnlyList<string> anyOf) => caller.IsAuthenticated
        ? $"Access to {subject} requires one of the scopes: {string.Join(", ", anyOf)}."
        : $"Access to {subject} requires authentication: send an API key or sign in (one of the scopes: {string.Join(", ", anyOf)}).";

    /// <summary>A resolver-time refusal (<c>FORBIDDEN</c> / <c>UNAUTHENTICATED</c>).</summary>
    public static GraphQLServerError Error(CallerScopes caller, string subject, IReadOnlyList<string> anyOf) =>
        new(Message(caller, subject, anyOf), Code(caller));
}
