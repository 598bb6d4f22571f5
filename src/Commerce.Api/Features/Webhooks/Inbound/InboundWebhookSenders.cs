namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// The payment providers and marketplaces allowed to call us, from configuration, read on every request so a secret
/// rotation needs no restart: <c>Webhooks:Inbound:Payments:&lt;provider&gt;:Secrets</c> and
/// <c>Webhooks:Inbound:Marketplaces:&lt;channel&gt;:Secrets</c> (arrays: two are active while a secret is rotated),
/// and <c>Webhooks:Inbound:ToleranceSeconds</c> (default 300) for how old a signature's timestamp may be.
/// </summary>
public sealed class InboundWebhookSenders(IConfiguration configuration)
{
    public const string Payments = "Payments";
    public const string Marketplaces = "Marketplaces";

    public TimeSpan Tolerance => TimeSpan.FromSeconds(configuration.GetValue("Webhooks:Inbound:ToleranceSeconds", 300));

    /// <summary>The sender's secrets; empty when <paramref name="name"/> is not a configured sender of <paramref name="kind"/>.</summary>
    public IReadOnlyList<string> SecretsOf(string kind, string name) =>
        IsName(name)
            ? [.. configuration.GetSection($"Webhooks:Inbound:{kind}:{name}:Secrets").GetChildren()
                .Select(s => s.Value).OfType<string>().Where(s => s.Length > 0)]
            : [];

    /// <summary>Route values become configuration paths: only plain names, never ':' or other separators.</summary>
    private static bool IsName(string name) =>
        name.Length is > 0 and <= 50 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
