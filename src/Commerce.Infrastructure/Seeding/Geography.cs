namespace Commerce.Infrastructure.Seeding;

/// <summary>A city shoppers live in: its region, a postal-code pattern ('9' = digit, 'A' = letter) and the sales tax
/// charged there in basis points (1500 = 15%).</summary>
internal sealed record City(string CountryCode, string Name, string? Region, string PostalPattern, int TaxBasisPoints);

/// <summary>Where the generated shop's customers live, with the share of customers per country.</summary>
internal static class Geography
{
    public static readonly IReadOnlyList<City> Cities =
    [
        new("ZA", "Johannesburg", "Gauteng", "2001", 1500),
        new("ZA", "Cape Town", "Western Cape", "8001", 1500),
        new("ZA", "Durban", "KwaZulu-Natal", "4001", 1500),
        new("ZA", "Pretoria", "Gauteng", "0002", 1500),
        new("US", "Austin", "TX", "78799", 825),
        new("US", "Houston", "TX", "77099", 825),
        new("US", "San Francisco", "CA", "94199", 725),
        new("US", "New York", "NY", "10099", 400),
        new("US", "Seattle", "WA", "98199", 650),
        new("NL", "Amsterdam", "Noord-Holland", "1099 AA", 2100),
        new("NL", "Rotterdam", "Zuid-Holland", "3099 AA", 2100),
        new("NL", "Utrecht", "Utrecht", "3599 AA", 2100),
        new("DE", "Berlin", "Berlin", "10999", 1900),
        new("DE", "Munich", "Bavaria", "80999", 1900),
        new("GB", "London", "England", "SW9 9AA", 2000),
        new("GB", "Manchester", "England", "M9 9AA", 2000),
        new("FR", "Paris", "Île-de-France", "75099", 2000),
        new("FR", "Lyon", "Auvergne-Rhône-Alpes", "69099", 2000),
        new("SG", "Singapore", null, "999999", 900),
        new("MY", "Kuala Lumpur", "Wilayah Persekutuan", "50999", 800),
        new("PH", "Manila", "Metro Manila", "1999", 1200),
        new("AU", "Sydney", "NSW", "2999", 1000),
        new("KE", "Nairobi", "Nairobi County", "00100", 1600),
    ];

    /// <summary>Relative share of customers per city, in the order of <see cref="Cities"/>.</summary>
    public static readonly IReadOnlyList<int> CityWeights =
        [10, 6, 4, 4, 8, 5, 6, 6, 4, 5, 3, 2, 4, 3, 5, 2, 3, 2, 4, 3, 2, 3, 2];

    public static readonly IReadOnlyList<string> Streets =
    [
        "Main Street", "Church Street", "Oak Avenue", "Harbour Road", "Station Road", "Market Square",
        "Jan Smuts Avenue", "Keizersgracht", "Bergstraße", "Rue de Rivoli", "Orchard Road", "Riverside Drive",
        "Long Street", "Maple Lane", "Kerkstraat", "High Street", "Congress Avenue", "Park Lane",
    ];

    public static readonly IReadOnlyDictionary<string, string> PhonePrefixes = new Dictionary<string, string>
    {
        ["ZA"] = "+27", ["US"] = "+1", ["NL"] = "+31", ["DE"] = "+49", ["GB"] = "+44", ["FR"] = "+33",
        ["SG"] = "+65", ["MY"] = "+60", ["PH"] = "+63", ["AU"] = "+61", ["KE"] = "+254",
    };

    /// <summary>Tax rate for an address, looked up by country and region (US sales tax differs by state).</summary>
    public static int TaxBasisPoints(string countryCode, string? region)
    {
        foreach (var city in Cities)
        {
            if (city.CountryCode == countryCode && (countryCode != "US" || city.Region == region))
            {
                return city.TaxBasisPoints;
            }
        }

        return 0;
    }
}
