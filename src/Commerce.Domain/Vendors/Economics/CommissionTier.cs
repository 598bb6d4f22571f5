using Commerce.Domain.Common;

namespace Commerce.Domain.Vendors.Economics;

/// <summary>
/// A volume tier of a vendor: once the vendor's paid gross in <see cref="Currency"/> within a calendar month (UTC)
/// has reached <see cref="MonthlyGmvThresholdMinorUnits"/>, further orders that month use <see cref="RateBasisPoints"/>
/// instead of the vendor's default rate.
/// </summary>
public class CommissionTier : IEntity
{
    public int Id { get; set; }
    public int VendorId { get; set; }
    public required string Currency { get; set; }
    public long MonthlyGmvThresholdMinorUnits { get; set; }
    public int RateBasisPoints { get; set; }

    public Money MonthlyGmvThreshold => new(MonthlyGmvThresholdMinorUnits, Currency);
}
