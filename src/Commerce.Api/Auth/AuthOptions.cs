namespace Commerce.Api.Auth;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>How long an access token (JWT) is valid.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a guest's order access token (from placeOrder) is valid. It cannot be refreshed.</summary>
    public TimeSpan OrderAccessTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a refresh token is valid; each refresh issues a new one.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>PBKDF2 iterations for new password hashes (stored hashes carry their own count).</summary>
    public int PasswordHashIterations { get; set; } = 100_000;

    /// <summary>
    /// How long a validated API key is trusted from memory. A key revoked on another instance keeps working here for
    /// at most this long; on this instance revocation takes effect at once.
    /// </summary>
    public TimeSpan ApiKeyCacheDuration { get; set; } = TimeSpan.FromSeconds(60);

    public JwtOptions Jwt { get; set; } = new();
}

/// <summary>The <c>Auth:Jwt</c> section.</summary>
public sealed class JwtOptions
{
    public string Issuer { get; set; } = "commerce-graphql";

    public string Audience { get; set; } = "commerce-graphql";

    /// <summary>HS256 key, at least 32 bytes of UTF-8. When absent a key is generated and kept in the database.</summary>
    public string? SigningKey { get; set; }
}
