namespace Commerce.Infrastructure.Reporting;

/// <summary>
/// One UTC day's sales of one product by one vendor in one currency, from the lines of orders that are not
/// cancelled. Kept by the same triggers as <see cref="DailySales"/>. A line without a product or vendor is kept
/// under id 0 (a key column cannot be null).
/// </summary>
public class DailyProductSales
{
    public required string Currency { get; set; }
    public DateOnly Day { get; set; }
    public int ProductId { get; set; }
    public int VendorId { get; set; }
    public long Units { get; set; }

    /// <summary>Sum of the lines' totals before tax, minor units.</summary>
    public long RevenueMinorUnits { get; set; }
}
