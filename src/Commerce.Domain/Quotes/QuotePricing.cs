namespace Commerce.Domain.Quotes;

/// <summary>
/// Quote arithmetic in minor units: a line's volume discount is round-half-up(quantity × unit price × rate in basis
/// points / 10,000); a revision's total is Σ (quantity × unit price − discount). An accepted quote's order lines carry
/// the same unit price and discount, so the order's subtotal equals the revision's total.
/// </summary>
public static class QuotePricing
{
    public static long LineDiscount(QuoteRevisionLine line, int volumeDiscountBasisPoints) =>
        Orders.OrderTotals.RoundHalfUp(checked(line.Quantity * line.UnitPriceMinorUnits * volumeDiscountBasisPoints), 10_000);

    public static long Total(QuoteRevision revision) =>
        revision.Lines.Sum(l => checked((l.Quantity * l.UnitPriceMinorUnits) - LineDiscount(l, revision.VolumeDiscountBasisPoints)));
}
