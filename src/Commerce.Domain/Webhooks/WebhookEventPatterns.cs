using System.Text.RegularExpressions;

namespace Commerce.Domain.Webhooks;

/// <summary>What an endpoint's event list may hold: "order.created", "order.*" (a family) or "*" (everything).</summary>
public static partial class WebhookEventPatterns
{
    public const string All = "*";

    public static bool IsWellFormed(string pattern) => pattern == All || Shape().IsMatch(pattern);

    public static bool Matches(string pattern, string eventType) =>
        pattern == All
        || pattern == eventType
        || (pattern.EndsWith(".*", StringComparison.Ordinal) && eventType.StartsWith(pattern[..^1], StringComparison.Ordinal));

    [GeneratedRegex("^[a-z][a-z_]*\\.([a-z][a-z_]*|\\*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
