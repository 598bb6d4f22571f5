using Commerce.Api.Features.Common;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// A marketplace's order: <c>{ externalId, createdAt, buyer: { email }, shippingAddress, billingAddress, shippingMethod,
/// lines: [{ sku, quantity }], note }</c>. Addresses have the graph's AddressInput fields. Prices are the shop's own.
/// </summary>
public sealed record MarketplaceOrder(
    string? ExternalId, DateTimeOffset? CreatedAt, MarketplaceBuyer? Buyer, AddressInput? ShippingAddress, AddressInput? BillingAddress,
    string? ShippingMethod, IReadOnlyList<MarketplaceOrderLine>? Lines, string? Note)
{
    /// <summary>The event type the log records marketplace orders under.</summary>
    public const string EventType = "order.created";

    /// <summary>The order, or why the body is malformed (a 400: nothing is recorded). Order rules are checked later (422).</summary>
    public static (MarketplaceOrder? Order, string? Problem) Parse(string body)
    {
        var (parsed, problem) = InboundJson.Read<MarketplaceOrder>(body, "a marketplace order");
        if (parsed is null)
        {
            return (null, problem);
        }

        return parsed switch
        {
            { ExternalId: not { Length: > 0 and <= 150 } } => (null, "The order needs an externalId of at most 150 characters."),
            { Lines: null } => (null, "The order needs lines."),
            _ when parsed.Lines.Any(l => l is null || string.IsNullOrWhiteSpace(l.Sku)) => (null, "Every line needs a sku."),
            _ => (parsed, null),
        };
    }
}

/// <summary>Who bought on the marketplace.</summary>
public sealed record MarketplaceBuyer(string? Email, string? FirstName, string? LastName);

/// <summary>One marketplace order line: our SKU and how many.</summary>
public sealed record MarketplaceOrderLine(string? Sku, int Quantity);
