using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.Server.Http;

/// <summary>
/// The HTTP endpoint puts the request's <see cref="HttpContext"/> into <c>ExecutionOptions.UserContext</c>, so
/// execution listeners and validation rules (throttling by client IP, response headers) can reach it without
/// <c>IHttpContextAccessor</c>. Absent when a document runs outside HTTP (WebSocket, tests).
/// </summary>
public static class HttpContextUserContext
{
    public const string Key = "Commerce.GraphQL.Server.HttpContext";

    public static HttpContext? GetHttpContext(this IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(Key, out var value) ? value as HttpContext : null;
}
