using Commerce.Domain.Orders;

namespace Commerce.Domain.Vendors.Economics;

/// <summary>
/// The commission arithmetic, in integer minor units. Rate precedence for a line: the vendor's own rate for the
/// product's category, else the marketplace-wide rate for that category, else the highest volume tier the vendor
/// has reached this month, else the vendor's default rate. Commission = round-half-up(gross × rate / 10,000).
/// </summary>
public static class CommissionRules
{
    public static int RateFor(int defaultRate, int? vendorCategoryRate, int? globalCategoryRate, int? tierRate) =>
        vendorCategoryRate ?? globalCategoryRate ?? tierRate ?? defaultRate;

    /// <summary>The rate of the highest tier whose threshold <paramref name="monthlyGmv"/> has reached, if any.</summary>
    public static int? TierRate(IEnumerable<CommissionTier> tiers, long monthlyGmv) =>
        tiers.Where(t => t.MonthlyGmvThresholdMinorUnits <= monthlyGmv)
            .OrderByDescending(t => t.MonthlyGmvThresholdMinorUnits)
            .Select(t => (int?)t.RateBasisPoints)
            .FirstOrDefault();

    public static long Commission(long gross, int rateBasisPoints) => OrderTotals.RoundHalfUp(checked(gross * rateBasisPoints), 10_000);

    /// <summary>
    /// How much of <paramref name="booked"/> (a line's gross or commission) is reversed once <paramref name="refunded"/>
    /// of the order's <paramref name="orderTotal"/> went back: round-half-up(booked × refunded / total), capped at booked.
    /// Callers book the difference to what earlier refunds already reversed, so rounding never drifts and a full
    /// refund reverses exactly what was booked.
    /// </summary>
    public static long ReversedShare(long booked, long refunded, long orderTotal) =>
        orderTotal <= 0 ? booked : Math.Min(booked, OrderTotals.RoundHalfUp(checked(booked * Math.Min(refunded, orderTotal)), orderTotal));
}
