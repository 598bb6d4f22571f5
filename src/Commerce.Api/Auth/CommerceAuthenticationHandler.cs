using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Auth;

/// <summary>
/// The one authentication scheme: <c>Authorization: Bearer &lt;API key or JWT&gt;</c>, or <c>X-API-Key: &lt;key&gt;</c>.
/// No credentials → anonymous; credentials that do not check out → a failure, which
/// <see cref="AuthenticationApplicationBuilderExtensions.UseCommerceAuthentication"/> turns into a 401.
/// </summary>
public sealed class CommerceAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyService apiKeys,
    AccessTokens accessTokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Commerce";
    public const string ApiKeyHeader = "X-API-Key";
    public const string UnauthenticatedCode = "UNAUTHENTICATED";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string credential;
        var authorization = Request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return AuthenticateResult.Fail("The Authorization header must be `Bearer <token>`.");
            }

            credential = authorization["Bearer ".Length..].Trim();
        }
        else if (Request.Headers[ApiKeyHeader].ToString() is { Length: > 0 } key)
        {
            credential = key.Trim();
        }
        else
        {
            return AuthenticateResult.NoResult();
        }

        if (ApiKeyFormat.LooksLikeKey(credential))
        {
            return await apiKeys.AuthenticateAsync(credential, Context.RequestAborted) is { } apiKey
                ? Success(CallerPrincipal.ForApiKey(apiKey.Id, apiKey.Scopes))
                : AuthenticateResult.Fail("The API key is invalid or has been revoked.");
        }

        return await accessTokens.ValidateAsync(credential, Context.RequestAborted) is { } principal
            ? AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName))
            : AuthenticateResult.Fail("The access token is invalid or has expired.");
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = result.Failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        Response.ContentType = "application/json; charset=utf-8";
        var message = result.Failure?.Message ?? "Authentication is required.";
        await Response.WriteAsync(JsonSerializer.Serialize(new
        {
            errors = new[] { new { message, extensions = new { code = UnauthenticatedCode } } },
        }));
    }

    private static AuthenticateResult Success(IEnumerable<System.Security.Claims.Claim> claims) =>
        AuthenticateResult.Success(new AuthenticationTicket(CallerPrincipal.Create(claims), SchemeName));
}
