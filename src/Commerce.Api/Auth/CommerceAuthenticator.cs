using System.Security.Claims;
using System.Text.Json;

namespace Commerce.Api.Auth;

/// <summary>
/// Who is calling, from <c>Authorization: Bearer &lt;API key or JWT&gt;</c> or <c>X-API-Key: &lt;key&gt;</c>. No credentials
/// → anonymous; credentials that do not check out → a failure (401). Run on every request by
/// <see cref="AuthenticationApplicationBuilderExtensions.UseCommerceAuthentication"/>, which sets <c>HttpContext.User</c>.
/// </summary>
public sealed class CommerceAuthenticator(ApiKeyService apiKeys, AccessTokens accessTokens)
{
    public const string ApiKeyHeader = "X-API-Key";
    public const string UnauthenticatedCode = "UNAUTHENTICATED";

    /// <summary>The caller's principal; null for anonymous; a failure message when credentials were sent but refused.</summary>
    public Task<(ClaimsPrincipal? Principal, string? Failure)> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken) =>
        AuthenticateAsync(request.Headers.Authorization.ToString(), request.Headers[ApiKeyHeader].ToString(), cancellationToken);

    /// <summary>The same from the two credential values themselves (a WebSocket's <c>connection_init</c> payload carries them).</summary>
    public async Task<(ClaimsPrincipal? Principal, string? Failure)> AuthenticateAsync(
        string? authorization, string? apiKey, CancellationToken cancellationToken)
    {
        string credential;
        if (!string.IsNullOrEmpty(authorization))
        {
            if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return (null, "The Authorization header must be `Bearer <token>`.");
            }

            credential = authorization["Bearer ".Length..].Trim();
        }
        else if (!string.IsNullOrEmpty(apiKey))
        {
            credential = apiKey.Trim();
        }
        else
        {
            return (null, null);
        }

        if (ApiKeyFormat.LooksLikeKey(credential))
        {
            return await apiKeys.AuthenticateAsync(credential, cancellationToken) is { } keyPrincipal
                ? (keyPrincipal, null)
                : (null, "The API key is invalid or has been revoked.");
        }

        return await accessTokens.ValidateAsync(credential, cancellationToken) is { } principal
            ? (principal, null)
            : (null, "The access token is invalid or has expired.");
    }

    /// <summary>The 401 every refused credential gets, before any GraphQL or REST handling.</summary>
    public static Task WriteChallengeAsync(HttpResponse response, string? failure)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        response.ContentType = "application/json; charset=utf-8";
        var message = failure ?? "Authentication is required.";
        return response.WriteAsync(JsonSerializer.Serialize(new
        {
            errors = new[] { new { message, extensions = new { code = UnauthenticatedCode } } },
        }));
    }
}
