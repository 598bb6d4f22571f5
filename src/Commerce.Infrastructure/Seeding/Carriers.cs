namespace Commerce.Infrastructure.Seeding;

/// <summary>The carriers each warehouse's country ships with, and tracking numbers in their formats.</summary>
internal static class Carriers
{
    public static (string Carrier, string TrackingNumber) Pick(Random random, string warehouseCountry)
    {
        var carrier = warehouseCountry switch
        {
            "ZA" => random.Chance(0.6) ? "The Courier Guy" : "Aramex",
            "NL" => random.Chance(0.6) ? "PostNL" : "DHL",
            "SG" => random.Chance(0.6) ? "Ninja Van" : "SingPost",
            _ => random.Pick(UsCarriers),
        };
        return (carrier, Tracking(random, carrier));
    }

    private static readonly IReadOnlyList<string> UsCarriers = ["UPS", "FedEx", "USPS"];

    private static string Tracking(Random random, string carrier) => carrier switch
    {
        "UPS" => $"1Z{random.Code(6)}{random.Digits(10)}",
        "FedEx" => random.Digits(12),
        "USPS" => $"9400{random.Digits(18)}",
        "PostNL" => $"3S{random.Code(4)}{random.Digits(9)}",
        "DHL" => random.Digits(10),
        "The Courier Guy" => $"TCG{random.Digits(9)}",
        "Ninja Van" => $"NV{random.Code(12)}",
        "SingPost" => $"SG{random.Digits(9)}SG",
        _ => random.Digits(11),
    };
}
