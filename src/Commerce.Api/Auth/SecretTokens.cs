using System.Security.Cryptography;
using System.Text;

namespace Commerce.Api.Auth;

/// <summary>Random bearer secrets (API keys, refresh tokens) and the hash under which they are stored.</summary>
public static class SecretTokens
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>43 base62 characters carry 256 bits of randomness.</summary>
    public const int SecretLength = 43;

    public static string Random(int length = SecretLength) => RandomNumberGenerator.GetString(Base62, length);

    /// <summary>
    /// SHA-256, not a password KDF: these secrets are 256 random bits, so there is nothing to guess and a slow hash
    /// would only tax every request. A KDF protects low-entropy passwords, which these are not.
    /// </summary>
    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
