using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Dashboards;

/// <summary>
/// The rows every dashboard figure starts from, as composable queries. A sale is an order placed in the period, in
/// the dashboard's currency, that is not cancelled; refunds come from the payment ledger (succeeded REFUND entries)
/// and count against the period the refunded order was placed in (docs/dashboards.md).
/// </summary>
public static class DashboardSales
{
    public static IQueryable<Order> Orders(CommerceDbContext db, DashboardScope scope, DateTime from, DateTime to) =>
        db.Orders.AsNoTracking().Where(o => o.PlacedAt >= from && o.PlacedAt < to
            && o.Status != OrderStatus.Cancelled && o.Currency == scope.Currency);

    /// <summary>The vendor's lines on <see cref="Orders"/>, or every line for the whole shop.</summary>
    public static IQueryable<OrderLine> Lines(CommerceDbContext db, DashboardScope scope, DateTime from, DateTime to)
    {
        var vendorId = scope.VendorId;
        var orders = Orders(db, scope, from, to);
        var lines = from l in db.OrderLines.AsNoTracking()
                    join o in orders on l.OrderId equals o.Id
                    select l;
        return vendorId is null ? lines : lines.Where(l => l.VendorId == vendorId);
    }

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

    /// <summary>
    /// Succeeded refunds on the shop's sales. Empty for a vendor: the ledger refunds orders, not lines, so a vendor's
    /// figures are its line totals (its refund rate is on the leaderboard). Written as EXISTS so that SQLite walks
    /// the few refund entries and probes their orders, instead of probing the ledger for every order of the period.
    /// </summary>
    public static IQueryable<PaymentTransaction> Refunds(CommerceDbContext db, DashboardScope scope, DateTime from, DateTime to)
    {
        var orders = Orders(db, scope, from, to);
        var refunds = db.PaymentTransactions.AsNoTracking()
            .Where(p => p.Kind == PaymentTransactionKind.Refund && p.Status == PaymentTransactionStatus.Succeeded
                && orders.Any(o => o.Id == p.OrderId));
        return scope.VendorId is null ? refunds : refunds.Where(_ => false);
    }
}
