using Commerce.Domain.Orders;

namespace Commerce.Infrastructure.Seeding;

/// <summary>Where orders come from, and the marketplace each shipping country buys on.</summary>
internal static class SalesChannels
{
    private static readonly IReadOnlyList<SalesChannel> Channels =
        [SalesChannel.Web, SalesChannel.Mobile, SalesChannel.Marketplace, SalesChannel.Pos, SalesChannel.Api];

    private static readonly IReadOnlyList<int> Weights = [48, 24, 14, 6, 8];

    public static SalesChannel Pick(Random random) => Channels[random.Weighted(Weights)];

    /// <summary>The channel's own order id: a marketplace order number or an integrator's purchase order.</summary>
    public static string? ExternalId(Random random, SalesChannel channel, string countryCode, DateTime placedAt) => channel switch
    {
        SalesChannel.Marketplace => Marketplace(countryCode) switch
        {
            "Takealot" => $"TAKEALOT-{random.Digits(9)}",
            "Shopee" => $"SHOPEE-{placedAt:yyMMdd}{random.Code(6)}",
            "Amazon" => $"AMAZON-{random.Digits(3)}-{random.Digits(7)}-{random.Digits(7)}",
            "Jumia" => $"JUMIA-{random.Digits(9)}",
            _ => $"BOL-{random.Digits(10)}",
        },
        SalesChannel.Api => $"PO-{placedAt:yyyy}-{random.Digits(6)}",
        _ => null,
    };

    public static string Marketplace(string countryCode) => countryCode switch
    {
        "ZA" => "Takealot",
        "SG" or "MY" or "PH" => "Shopee",
        "KE" => "Jumia",
        "NL" or "DE" or "FR" => "bol.com",
        _ => "Amazon",
    };

    /// <summary>Shipping method for a parcel leaving a warehouse in <paramref name="warehouseCountry"/>.</summary>
    public static string ShippingMethod(Random random, SalesChannel channel, string countryCode, string warehouseCountry) => channel switch
    {
        SalesChannel.Pos => "Store pickup",
        SalesChannel.Quote => "Freight",
        _ when countryCode != warehouseCountry => "International",
        _ => random.Chance(0.22) ? "Express" : "Standard",
    };
}
