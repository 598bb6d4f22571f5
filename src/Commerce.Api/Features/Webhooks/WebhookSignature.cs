using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Commerce.Api.Features.Webhooks;

/// <summary>
/// The webhook signature both directions use: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c>, computed
/// over the raw body bytes. A header may carry several <c>v1</c> values (one per active secret while a secret is
/// rotated); it is valid when any of them matches any of the receiver's secrets and <c>t</c> is within the tolerance.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header the signature travels in.</summary>
    public const string HeaderName = "X-Commerce-Signature";

    /// <summary>The header value for <paramref name="body"/> signed with <paramref name="secret"/> at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, DateTimeOffset timestamp, ReadOnlySpan<byte> body)
    {
        var t = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Convert.ToHexStringLower(Mac(secret, t, body))}";
    }

    /// <inheritdoc cref="Sign(string, DateTimeOffset, ReadOnlySpan{byte})"/>
    public static string Sign(string secret, DateTimeOffset timestamp, string body) => Sign(secret, timestamp, Encoding.UTF8.GetBytes(body));

    /// <summary>The header value with one <c>v1</c> per secret, in the order given (while a secret is rotated both sign).</summary>
    public static string Sign(IEnumerable<string> secrets, DateTimeOffset timestamp, string body)
    {
        var t = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        return $"t={t}" + string.Concat(secrets.Select(s => ",v1=" + Convert.ToHexStringLower(Mac(s, t, bytes))));
    }

    /// <summary>
    /// True when <paramref name="header"/> is well formed, its timestamp is no further than <paramref name="tolerance"/>
    /// from <paramref name="now"/> (either way), and one of its <c>v1</c> values is the HMAC of "t.body" under one of
    /// <paramref name="secrets"/>. Compares in constant time.
    /// </summary>
    public static bool Verify(string? header, ReadOnlySpan<byte> body, IEnumerable<string> secrets, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!TryParse(header, out var t, out var signatures)
            || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }

        var matched = false;
        foreach (var secret in secrets.Where(s => !string.IsNullOrEmpty(s)))
        {
            var expected = Mac(secret, t, body);
            foreach (var signature in signatures)
            {
                // No early exit: every candidate is compared, each in constant time.
                matched |= CryptographicOperations.FixedTimeEquals(expected, signature);
            }
        }

        return matched;
    }

    /// <inheritdoc cref="Verify(string?, ReadOnlySpan{byte}, IEnumerable{string}, DateTimeOffset, TimeSpan)"/>
    public static bool Verify(string? header, string body, IEnumerable<string> secrets, DateTimeOffset now, TimeSpan tolerance) =>
        Verify(header, Encoding.UTF8.GetBytes(body), secrets, now, tolerance);

    private static byte[] Mac(string secret, string t, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes($"{t}."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private static bool TryParse(string? header, out string t, out List<byte[]> signatures)
    {
        t = "";
        signatures = [];
        foreach (var part in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = part.IndexOf('=') is var at and > 0 ? (part[..at], part[(at + 1)..]) : ("", "");
            if (key == "t")
            {
                if (t.Length > 0)
                {
                    return false;   // two timestamps: ambiguous, refuse
                }

                t = value;
            }
            else if (key == "v1" && value.Length == 64 && value.All(char.IsAsciiHexDigit))
            {
                signatures.Add(Convert.FromHexString(value));
            }
        }

        return t.Length > 0 && signatures.Count > 0;
    }
}
