using System.Text.Json;
using Commerce.GraphQL.Server.Subscriptions;

namespace Commerce.Api.Auth;

/// <summary>
/// Authenticates a GraphQL WebSocket at <c>connection_init</c> with the same credentials as HTTP. Payload keys (any
/// case): <c>authorization</c> (<c>"Bearer &lt;API key or JWT&gt;"</c>), <c>apiKey</c> / <c>X-API-Key</c>, or
/// <c>token</c> (a bare key or JWT). Without any, the connection acts as the upgrade request's own caller (its
/// <c>Authorization</c> header, already checked by <c>UseCommerceAuthentication</c>), else anonymously. Refused
/// credentials close the socket with 4403.
/// </summary>
public sealed class CommerceWebSocketAuthenticator(CommerceAuthenticator authenticator) : IWebSocketAuthenticator
{
    public async Task<WebSocketAuthentication> AuthenticateAsync(HttpContext http, JsonElement? initPayload, CancellationToken cancellationToken)
    {
        var authorization = Read(initPayload, "authorization");
        var apiKey = Read(initPayload, "apiKey") ?? Read(initPayload, CommerceAuthenticator.ApiKeyHeader) ?? Read(initPayload, "token");
        if (authorization is not null && !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            (authorization, apiKey) = (null, authorization);   // a bare token under "authorization"
        }

        if (authorization is null && apiKey is null)
        {
            return WebSocketAuthentication.Accept(http.User);
        }

        var (principal, failure) = await authenticator.AuthenticateAsync(authorization, apiKey, cancellationToken);
        return failure is null && principal is not null ? WebSocketAuthentication.Accept(principal) : WebSocketAuthentication.Refuse();
    }

    private static string? Read(JsonElement? payload, string name)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } element)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } value ? value : null;
            }
        }

        return null;
    }
}
