using GraphQL.Types;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>Who sends inbound webhooks.</summary>
public enum InboundWebhookSourceKind
{
    PaymentProvider,
    Marketplace,
}

/// <summary>Exposes <see cref="InboundWebhookSourceKind"/>.</summary>
public sealed class InboundWebhookSourceKindType : EnumerationGraphType<InboundWebhookSourceKind>
{
    public InboundWebhookSourceKindType()
    {
        Name = "InboundWebhookSourceKind";
        Description = "Who sent an inbound event: a payment provider (`POST /webhooks/payments/{provider}`) or a marketplace (`POST /webhooks/marketplaces/{channel}`).";
    }
}

/// <summary>Reads the stored source, "payments:&lt;provider&gt;" or "marketplaces:&lt;channel&gt;".</summary>
public static class InboundWebhookSource
{
    public const string PaymentsPrefix = "payments:";
    public const string MarketplacesPrefix = "marketplaces:";

    public static InboundWebhookSourceKind KindOf(string source) =>
        source.StartsWith(PaymentsPrefix, StringComparison.Ordinal) ? InboundWebhookSourceKind.PaymentProvider : InboundWebhookSourceKind.Marketplace;

    public static string NameOf(string source) => source[(source.IndexOf(':', StringComparison.Ordinal) + 1)..];
}
