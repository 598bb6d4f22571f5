using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Commerce.Api.Auth;

/// <summary>Short-lived HS256 JWT access tokens carrying the caller's <see cref="CommerceClaims"/>.</summary>
public sealed class AccessTokens(JwtSigningKeys keys, TimeProvider clock, IOptions<AuthOptions> options)
{
    private static readonly TimeSpan NotBeforeSkew = TimeSpan.FromSeconds(30);
    private static readonly string[] CopiedClaims =
        [CommerceClaims.Subject, CommerceClaims.CallerKind, CommerceClaims.CustomerId, CommerceClaims.VendorId, CommerceClaims.OrderId,
         CommerceClaims.Scope];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public Task<(string Token, DateTime ExpiresAt)> IssueAsync(IEnumerable<Claim> claims, CancellationToken cancellationToken) =>
        IssueAsync(claims, options.Value.AccessTokenLifetime, cancellationToken);

    /// <summary>A token with its own <paramref name="lifetime"/>, e.g. a guest's order access token.</summary>
    public async Task<(string Token, DateTime ExpiresAt)> IssueAsync(IEnumerable<Claim> claims, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + lifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Jwt.Issuer,
            Audience = options.Value.Jwt.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(await keys.GetAsync(cancellationToken), SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }

    /// <summary>The caller the token speaks for, or null when it is malformed, forged, expired or not ours.</summary>
    public async Task<ClaimsPrincipal?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = options.Value.Jwt.Issuer,
            ValidAudience = options.Value.Jwt.Audience,
            IssuerSigningKey = await keys.GetAsync(cancellationToken),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            LifetimeValidator = IsLive,
        });
        return result.IsValid
            ? CallerPrincipal.Create(result.ClaimsIdentity.Claims.Where(c => CopiedClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)))
            : null;
    }

    // Our own clock rather than the library's, so lifetimes follow the injected TimeProvider.
    private bool IsLive(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return expires is { } exp && now < exp && (notBefore is not { } nbf || now + NotBeforeSkew >= nbf);
    }
}
