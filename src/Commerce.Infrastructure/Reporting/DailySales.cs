namespace Commerce.Infrastructure.Reporting;

/// <summary>
/// One UTC day's sales in one currency: the orders placed that day that are not cancelled, their totals, and the
/// succeeded refunds on them. A read model kept by database triggers in the transaction of every change to orders
/// and the payment ledger (<see cref="SalesRollupTriggers"/>, docs/decisions/0011), so dashboards sum ≤ 1,100 days
/// instead of scanning every order of a period.
/// </summary>
public class DailySales
{
    public required string Currency { get; set; }
    public DateOnly Day { get; set; }
    public long OrderCount { get; set; }

    /// <summary>Sum of the orders' totals (with shipping and tax), minor units.</summary>
    public long RevenueMinorUnits { get; set; }

    /// <summary>Succeeded refunds on those orders, counted on the day the refunded order was placed.</summary>
    public long RefundedMinorUnits { get; set; }
}
