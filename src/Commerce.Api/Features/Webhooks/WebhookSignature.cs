using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Commerce.Api.Features.Webhooks;

/// <summary>
/// The webhook signature both directions use: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c>,
/// keyed with the UTF-8 bytes of the secret. A header may carry several <c>v1</c> values (one per active secret
/// while a secret is being rotated); it verifies when any of them matches any of the receiver's secrets.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header value for <paramref name="body"/> signed at <paramref name="timestamp"/> with one secret.</summary>
    public static string Sign(string secret, DateTimeOffset timestamp, string body) => Sign([secret], timestamp, body);

    /// <summary>The header value with one <c>v1</c> per secret, in the order given.</summary>
    public static string Sign(IEnumerable<string> secrets, DateTimeOffset timestamp, string body)
    {
        var t = timestamp.ToUnixTimeSeconds();
        return $"t={t.ToString(CultureInfo.InvariantCulture)}" + string.Concat(secrets.Select(s => ",v1=" + Compute(s, t, body)));
    }

    /// <summary>
    /// True when the header is well formed, its timestamp lies within <paramref name="tolerance"/> of
    /// <paramref name="now"/> (either side: replays and clock skew), and one of its <c>v1</c> values is the HMAC of
    /// the body under one of <paramref name="secrets"/>, compared in constant time.
    /// </summary>
    public static bool Verify(string? header, string body, IEnumerable<string> secrets, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!TryParse(header, out var timestamp, out var signatures)
            || (now - DateTimeOffset.FromUnixTimeSeconds(timestamp)).Duration() > tolerance)
        {
            return false;
        }

        var expected = secrets.Select(s => Convert.FromHexString(Compute(s, timestamp, body))).ToList();
        return signatures.Any(given => expected.Any(e => CryptographicOperations.FixedTimeEquals(e, given)));
    }

    private static string Compute(string secret, long timestamp, string body)
    {
        var payload = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + body);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload));
    }

    private static bool TryParse(string? header, out long timestamp, out List<byte[]> signatures)
    {
        timestamp = 0;
        signatures = [];
        long? t = null;
        foreach (var part in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = part.IndexOf('=') is var i and > 0 ? (part[..i], part[(i + 1)..]) : (part, "");
            if (key == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                t = parsed;
            }
            else if (key == "v1" && value.Length == 64 && value.All(char.IsAsciiHexDigit))
            {
                signatures.Add(Convert.FromHexString(value));
            }
        }

        timestamp = t ?? 0;
        return t is not null && signatures.Count > 0;
    }
}
