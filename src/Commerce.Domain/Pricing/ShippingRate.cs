using Commerce.Domain.Common;

namespace Commerce.Domain.Pricing;

/// <summary>
/// What one shipping method costs to one country. <see cref="CountryCode"/> "*" is the method's fallback for
/// countries without a row of their own.
/// </summary>
public class ShippingRate : IEntity
{
    public const string AnyCountry = "*";

    public int Id { get; set; }

    /// <summary>Method name as shoppers pick it, e.g. "Standard", "Express"; matched case-insensitively.</summary>
    public required string Method { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code, or "*" for every other country.</summary>
    public required string CountryCode { get; set; }

    public long AmountMinorUnits { get; set; }
    public required string Currency { get; set; }

    public Money Amount => new(AmountMinorUnits, Currency);
}
