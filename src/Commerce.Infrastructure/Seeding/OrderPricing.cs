using Commerce.Domain.Orders;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Order arithmetic in integer minor units: subtotal = Σ line totals; the discount is a whole-order code;
/// tax = round-half-up((subtotal − discount) × rate), spread over the lines in proportion to their totals;
/// total = subtotal − discount + shipping + tax. Shipping is a flat rate by method and is not taxed.
/// </summary>
internal static class OrderPricing
{
    public static readonly IReadOnlyDictionary<string, long> ShippingRates = new Dictionary<string, long>
    {
        ["Standard"] = 599,
        ["Express"] = 1_499,
        ["International"] = 2_499,
        ["Store pickup"] = 0,
        ["Freight"] = 4_900,
    };

    public static void Apply(Order order, string? discountCode, int discountPercent, long flatDiscount, int taxBasisPoints)
    {
        long subtotal = 0;
        foreach (var line in order.Lines)
        {
            line.LineTotalMinorUnits = checked((line.Quantity * line.UnitPriceMinorUnits) - line.DiscountMinorUnits);
            subtotal += line.LineTotalMinorUnits;
        }

        var discount = Math.Min(subtotal, (subtotal * discountPercent / 100) + flatDiscount);
        order.SubtotalMinorUnits = subtotal;
        order.DiscountCode = discount > 0 ? discountCode : null;
        order.DiscountMinorUnits = discount;
        order.ShippingMinorUnits = order.ShippingMethod is { } method ? ShippingRates[method] : 0;
        order.TaxMinorUnits = RoundHalfUp(checked((subtotal - discount) * taxBasisPoints), 10_000);
        order.TotalMinorUnits = subtotal - discount + order.ShippingMinorUnits + order.TaxMinorUnits;
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
