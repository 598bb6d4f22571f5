using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Auth;

/// <summary>
/// Password hashes in ASP.NET Core Identity's v3 format (PBKDF2-HMAC-SHA512, 128-bit salt, iteration count stored
/// in the hash, so raising <see cref="AuthOptions.PasswordHashIterations"/> keeps old hashes valid). See docs/decisions/0006.
/// </summary>
public sealed class PasswordHashing
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    private readonly PasswordHasher<object> _hasher;
    private readonly Lazy<string> _dummyHash;

    public PasswordHashing(IOptions<AuthOptions> options)
    {
        _hasher = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
            IterationCount = options.Value.PasswordHashIterations,
        }));
        _dummyHash = new Lazy<string>(() => Hash(SecretTokens.Random()));
    }

    public string Hash(string password) => _hasher.HashPassword(this, password);

    /// <summary>
    /// Checks <paramref name="password"/> against <paramref name="hash"/>. With no hash (unknown account, guest) it
    /// still runs one verification, so a wrong email takes as long as a wrong password.
    /// </summary>
    public bool Verify(string? hash, string password)
    {
        var result = _hasher.VerifyHashedPassword(this, hash ?? _dummyHash.Value, password);
        return hash is not null && result != PasswordVerificationResult.Failed;
    }

    /// <summary>Null when <paramref name="password"/> meets the policy; otherwise why not.</summary>
    public static string? CheckPolicy(string password) =>
        password.Length < MinLength ? $"The password must have at least {MinLength} characters."
        : password.Length > MaxLength ? $"The password must have at most {MaxLength} characters."
        : null;
}
