using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>
/// Decides who a WebSocket connection acts for when its <c>connection_init</c> arrives. The host implements it over
/// its own credentials (the init payload carries them, because browsers cannot set headers on a WebSocket).
/// </summary>
public interface IWebSocketAuthenticator
{
    /// <param name="http">The upgrade request (its headers, its <c>User</c> as set by the host's middleware).</param>
    /// <param name="initPayload">The <c>connection_init</c> payload, when the client sent one.</param>
    /// <param name="cancellationToken">Cancelled when the socket goes away.</param>
    Task<WebSocketAuthentication> AuthenticateAsync(HttpContext http, JsonElement? initPayload, CancellationToken cancellationToken);
}

/// <summary>The outcome of <see cref="IWebSocketAuthenticator"/>: the user every operation of the socket runs as, or a refusal (4403).</summary>
public readonly record struct WebSocketAuthentication(ClaimsPrincipal? User, bool Refused)
{
    public static WebSocketAuthentication Accept(ClaimsPrincipal user) => new(user, false);

    public static WebSocketAuthentication Refuse() => new(null, true);
}

/// <summary>The default: every connection acts as the upgrade request's <c>HttpContext.User</c>; the init payload is ignored.</summary>
internal sealed class HttpUserWebSocketAuthenticator : IWebSocketAuthenticator
{
    public Task<WebSocketAuthentication> AuthenticateAsync(HttpContext http, JsonElement? initPayload, CancellationToken cancellationToken) =>
        Task.FromResult(WebSocketAuthentication.Accept(http.User));
}
