using Commerce.Domain.Orders;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Prices a generated order: picks the code's discount and the method's flat shipping rate, then leaves the
/// arithmetic to <see cref="OrderTotals"/>, the same rules placeOrder uses.
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
        var subtotal = order.Lines.Sum(l => checked((l.Quantity * l.UnitPriceMinorUnits) - l.DiscountMinorUnits));
        var discount = Math.Min(subtotal, (subtotal * discountPercent / 100) + flatDiscount);
        order.DiscountCode = discount > 0 ? discountCode : null;
        var shipping = order.ShippingMethod is { } method ? ShippingRates[method] : 0;
        OrderTotals.Apply(order, discount, shipping, taxBasisPoints);
    }
}
