using Commerce.Domain.Common;

namespace Commerce.Domain.Pricing;

/// <summary>
/// Sales tax for a country, or for one region of it (US states). A region row wins over the country row
/// (<see cref="Region"/> null); a country without any row is not taxed.
/// </summary>
public class TaxRate : IEntity
{
    public int Id { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public required string CountryCode { get; set; }

    /// <summary>Region as addresses spell it (e.g. "TX"), or null for the whole country.</summary>
    public string? Region { get; set; }

    /// <summary>Rate in basis points: 1500 = 15%.</summary>
    public int BasisPoints { get; set; }

    /// <summary>The most specific rate of <paramref name="rates"/> for an address.</summary>
    public static int For(IEnumerable<TaxRate> rates, string countryCode, string? region)
    {
        var inCountry = rates.Where(r => string.Equals(r.CountryCode, countryCode, StringComparison.OrdinalIgnoreCase)).ToList();
        var match = inCountry.FirstOrDefault(r => r.Region is not null && string.Equals(r.Region, region, StringComparison.OrdinalIgnoreCase))
            ?? inCountry.FirstOrDefault(r => r.Region is null);
        return match?.BasisPoints ?? 0;
    }
}
