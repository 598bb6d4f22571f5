using Commerce.Domain.Orders;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Dashboards;

/// <summary>
/// The rows every dashboard figure starts from, as composable queries. A sale is an order placed in the period, in
/// the dashboard's currency, that is not cancelled; refunds come from the payment ledger (succeeded REFUND entries)
/// and count against the period the refunded order was placed in (docs/dashboards.md). The shop's sums of these rows
/// are kept by day in the rollup (<see cref="SalesRollup"/>); what cannot be summed by day (distinct customers,
/// segments, a vendor's orders) is read from here.
/// </summary>
public static class DashboardSales
{
    public static IQueryable<Order> Orders(CommerceDbContext db, DashboardScope scope, DateTime from, DateTime to) =>
        db.Orders.AsNoTracking().Where(o => o.PlacedAt >= from && o.PlacedAt < to
            && o.Status != OrderStatus.Cancelled && o.Currency == scope.Currency);

    /// <summary>Orders (shop) or the vendor's lines with their order's facts (vendor), as <see cref="SaleRow"/>s.</summary>
    public static IQueryable<SaleRow> Rows(CommerceDbContext db, DashboardScope scope, DateTime from, DateTime to)
    {
        var orders = Orders(db, scope, from, to);
        if (scope.VendorId is not { } vendorId)
        {
            return orders.Select(o => new SaleRow { OrderId = o.Id, CustomerId = o.CustomerId, PlacedAt = o.PlacedAt, Amount = o.TotalMinorUnits });
        }

        return from l in db.OrderLines.AsNoTracking()
               join o in orders on l.OrderId equals o.Id
               where l.VendorId == vendorId
               select new SaleRow { OrderId = o.Id, CustomerId = o.CustomerId, PlacedAt = o.PlacedAt, Amount = l.LineTotalMinorUnits };
    }
}
