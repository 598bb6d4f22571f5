namespace Commerce.Api.Auth;

/// <summary>
/// API keys look like <c>cgk_&lt;prefix&gt;_&lt;secret&gt;</c>: the fixed <c>cgk_</c> tells a key from a JWT,
/// the 8-character prefix finds the row and is shown in lists, the secret is 256 random bits.
/// </summary>
public static class ApiKeyFormat
{
    public const string Marker = "cgk_";
    public const int PrefixLength = 8;

    public static (string Key, string Prefix) Generate()
    {
        var prefix = SecretTokens.Random(PrefixLength);
        return ($"{Marker}{prefix}_{SecretTokens.Random()}", prefix);
    }

    public static bool LooksLikeKey(string credential) => credential.StartsWith(Marker, StringComparison.Ordinal);

    public static bool TryGetPrefix(string key, out string prefix)
    {
        prefix = "";
        if (!LooksLikeKey(key) || key.Length != Marker.Length + PrefixLength + 1 + SecretTokens.SecretLength
            || key[Marker.Length + PrefixLength] != '_')
        {
            return false;
        }

        prefix = key.Substring(Marker.Length, PrefixLength);
        return true;
    }
}
