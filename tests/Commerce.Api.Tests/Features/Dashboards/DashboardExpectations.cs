using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Domain.Vendors.Economics;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Dashboards;

/// <summary>
/// The dashboard's rules recomputed in memory over the rows the test loads: the independent side of every
/// comparison in the dashboard tests.
/// </summary>
public sealed class DashboardExpectations(List<Order> orders, List<PaymentTransaction> payments, List<VendorEarning> earnings)
{
    public static async Task<DashboardExpectations> LoadAsync(DashboardShop shop)
    {
        await using var db = shop.CreateDbContext();
        return new DashboardExpectations(
            await db.Orders.AsNoTracking().Include(o => o.Lines).ToListAsync(),
            await db.PaymentTransactions.AsNoTracking().ToListAsync(),
            await db.VendorEarnings.AsNoTracking().ToListAsync());
    }

    public List<Order> Orders => orders;

    /// <summary>The earnings ledger (sale entries and refund reversals).</summary>
    public List<VendorEarning> Earnings => earnings;

    /// <summary>Orders placed in [from, to) in USD that are not cancelled.</summary>
    public List<Order> Sales(DateTime from, DateTime to) =>
        orders.Where(o => o.PlacedAt >= from && o.PlacedAt < to && o.Status != OrderStatus.Cancelled && o.Currency == "USD").ToList();

    /// <summary>Order totals less succeeded refunds on those orders.</summary>
    public long Revenue(IEnumerable<Order> sales)
    {
        var list = sales.ToList();
        var ids = list.Select(o => o.Id).ToHashSet();
        return list.Sum(o => o.TotalMinorUnits) - payments
            .Where(p => ids.Contains(p.OrderId) && p.Kind == PaymentTransactionKind.Refund && p.Status == PaymentTransactionStatus.Succeeded)
            .Sum(p => p.AmountMinorUnits);
    }

    public static long Customers(IEnumerable<Order> sales) => sales.Where(o => o.CustomerId != null).Select(o => o.CustomerId).Distinct().Count();

    public static double? Growth(long value, long previous) =>
        previous == 0 ? null : (double)Math.Round((value - previous) * 100m / previous, 2, MidpointRounding.AwayFromZero);
}
