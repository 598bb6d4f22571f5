using Commerce.Domain.Common;

namespace Commerce.Infrastructure.Seeding;

/// <summary>Plausible postal addresses in the cities of <see cref="Geography"/>.</summary>
internal static class AddressGenerator
{
    public static Address Create(Random random, string firstName, string lastName, string? company)
    {
        var city = Geography.Cities[random.Weighted(Geography.CityWeights)];
        return new Address
        {
            FirstName = firstName,
            LastName = lastName,
            Company = company,
            Line1 = $"{random.Between(1, 480)} {random.Pick(Geography.Streets)}",
            Line2 = random.Chance(0.2) ? $"Unit {random.Between(1, 60)}" : null,
            City = city.Name,
            Region = city.Region,
            PostalCode = PostalCode(random, city.PostalPattern),
            CountryCode = city.CountryCode,
            Phone = Phone(random, city.CountryCode),
        };
    }

    public static string Phone(Random random, string countryCode) =>
        $"{Geography.PhonePrefixes[countryCode]} {random.Between(10, 99)} {random.Digits(3)} {random.Digits(4)}";

    /// <summary>Fills a pattern: '9' becomes a digit, 'A' a letter, anything else stays.</summary>
    private static string PostalCode(Random random, string pattern) => string.Create(pattern.Length, (random, pattern), static (span, state) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = state.pattern[i] switch
            {
                '9' => (char)('0' + state.random.Next(10)),
                'A' => (char)('A' + state.random.Next(26)),
                var c => c,
            };
        }
    });
}
