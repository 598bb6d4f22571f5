using Commerce.Domain.Orders;

namespace Commerce.Infrastructure.Seeding;

/// <summary>Where orders come from, and the marketplace each shipping country buys on.</summary>
internal static class SalesChannels
{
    private static readonly IReadOnlyList<SalesChannel> Channels =
        [SalesChannel.Web, SalesChannel.Mobile, SalesChannel.Marketplace, SalesChannel.Pos, SalesChannel.Api];

    private static readonly IReadOnlyList<int> Weights = [48, 24, 14, 6, 8];

    public static SalesChannel Pick(Random random) => Channels[random.Weighted(Weights)];

    /// <summary>
    /// The channel's own order id: a marketplace order number or an integrator's purchase order. Built from the
    /// order id by an invertible scramble, so it looks random but is unique (the database enforces that per channel).
    /// </summary>
    public static string? ExternalId(Random random, SalesChannel channel, string countryCode, DateTime placedAt, int orderId) => channel switch
    {
        SalesChannel.Marketplace => Marketplace(countryCode) switch
        {
            "Takealot" => $"TAKEALOT-{Scramble(orderId, 9)}",
            "Shopee" => $"SHOPEE-{placedAt:yyMMdd}{random.Code(2)}{Scramble(orderId, 8)}",
            "Amazon" => $"AMAZON-{random.Digits(3)}-{Scramble(orderId, 7)}-{random.Digits(7)}",
            "Jumia" => $"JUMIA-{Scramble(orderId, 9)}",
            _ => $"BOL-{Scramble(orderId, 10)}",
        },
        SalesChannel.Api => $"PO-{placedAt:yyyy}-{Scramble(orderId, 7)}",
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

    /// <summary>Multiplying by a number coprime to 10 is a bijection modulo 10^digits: distinct ids (below 10^digits) stay distinct.</summary>
    private static string Scramble(int id, int digits)
    {
        var modulus = (long)Math.Pow(10, digits);
        return (((id * 48_271L) + 1_000_003L) % modulus).ToString($"D{digits}", System.Globalization.CultureInfo.InvariantCulture);
    }
}
