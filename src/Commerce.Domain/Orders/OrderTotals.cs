namespace Commerce.Domain.Orders;

/// <summary>
/// Order arithmetic in integer minor units: line total = quantity × unit price − line discount; subtotal = Σ line
/// totals; the discount is capped at the subtotal; tax = round-half-up((subtotal − discount) × rate in basis
/// points / 10,000), spread over the lines in proportion to their totals (largest remainder, so the lines' tax
/// sums to the order's); total = subtotal − discount + shipping + tax. Shipping is not taxed.
/// </summary>
public static class OrderTotals
{
    public static void Apply(Order order, long discount, long shipping, int taxBasisPoints)
    {
        long subtotal = 0;
        foreach (var line in order.Lines)
        {
            line.LineTotalMinorUnits = checked((line.Quantity * line.UnitPriceMinorUnits) - line.DiscountMinorUnits);
            subtotal += line.LineTotalMinorUnits;
        }

        discount = Math.Min(subtotal, discount);
        order.SubtotalMinorUnits = subtotal;
        order.DiscountMinorUnits = discount;
        order.ShippingMinorUnits = shipping;
        order.TaxMinorUnits = RoundHalfUp(checked((subtotal - discount) * taxBasisPoints), 10_000);
        order.TotalMinorUnits = subtotal - discount + shipping + order.TaxMinorUnits;
        AllocateTax(order);
    }

    /// <summary>Non-negative division rounded half up: 12345 / 100 → 123, 12350 / 100 → 124.</summary>
    public static long RoundHalfUp(long numerator, long denominator) => (numerator + (denominator / 2)) / denominator;

    /// <summary>Largest-remainder split, so the lines' tax always sums to the order's.</summary>
    private static void AllocateTax(Order order)
    {
        var lines = order.Lines;
        if (order.SubtotalMinorUnits == 0)
        {
            return;
        }

        long allocated = 0;
        var remainders = new (long Remainder, int Index)[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var exact = checked(order.TaxMinorUnits * lines[i].LineTotalMinorUnits);
            lines[i].TaxMinorUnits = exact / order.SubtotalMinorUnits;
            allocated += lines[i].TaxMinorUnits;
            remainders[i] = (exact % order.SubtotalMinorUnits, i);
        }

        Array.Sort(remainders, (a, b) => a.Remainder != b.Remainder ? b.Remainder.CompareTo(a.Remainder) : a.Index.CompareTo(b.Index));
        for (var k = 0; allocated < order.TaxMinorUnits; k++, allocated++)
        {
            lines[remainders[k].Index].TaxMinorUnits++;
        }
    }
}
