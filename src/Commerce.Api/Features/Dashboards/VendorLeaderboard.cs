using Commerce.Domain.Orders;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Dashboards;

/// <summary>
/// A vendor's sales in the period. Commission is what the earnings ledger booked on those sales (every rule: category
/// rates, tiers, fixed fees; refunds reverse it), so an order not yet paid has none yet (docs/vendor-economics.md).
/// </summary>
/// <param name="VendorId">The vendor.</param>
/// <param name="Gmv">Line totals (before tax) of the vendor's lines on the period's sales, minor units.</param>
/// <param name="Commission">Commission and fees booked in the earnings ledger for the vendor's lines on those sales, net of refund reversals.</param>
/// <param name="Orders">Distinct orders with the vendor's lines.</param>
/// <param name="RefundedOrders">Of <paramref name="Orders"/>, those whose payment status shows a refund.</param>
/// <param name="Currency">The dashboard's currency.</param>
public sealed record VendorPerformance(int VendorId, long Gmv, long Commission, long Orders, long RefundedOrders, string Currency)
{
    public long Net => Gmv - Commission;

    /// <summary>Refunded orders / orders × 100, two decimals; 0 without orders.</summary>
    public double RefundRatePercent => Orders == 0 ? 0 : (double)Math.Round(RefundedOrders * 100m / Orders, 2, MidpointRounding.AwayFromZero);

    public static async Task<IReadOnlyList<VendorPerformance>> ReadAsync(CommerceDbContext db, DashboardScope scope, int limit, CancellationToken cancellation)
    {
        var vendorId = scope.VendorId;
        var sales = from l in db.OrderLines.AsNoTracking()
                    join o in DashboardSales.Orders(db, scope, scope.From, scope.To) on l.OrderId equals o.Id
                    where l.VendorId != null && (vendorId == null || l.VendorId == vendorId)
                    select new
                    {
                        l.VendorId,
                        l.OrderId,
                        l.LineTotalMinorUnits,
                        RefundedOrderId = o.PaymentStatus == PaymentStatus.Refunded || o.PaymentStatus == PaymentStatus.PartiallyRefunded ? (int?)o.Id : null,
                    };
        var totals = sales.GroupBy(s => s.VendorId).Select(g => new
        {
            VendorId = g.Key,
            Gmv = g.Sum(s => s.LineTotalMinorUnits),
            Orders = g.Select(s => s.OrderId).Distinct().Count(),
            Refunded = g.Select(s => s.RefundedOrderId).Distinct().Count(),
        });
        var rows = await (
                from t in totals
                join v in db.Vendors on t.VendorId equals v.Id
                select new { VendorId = v.Id, t.Gmv, t.Orders, t.Refunded })
            .OrderByDescending(r => r.Gmv).ThenBy(r => r.VendorId)
            .Take(limit)
            .ToListAsync(cancellation);
        var ids = rows.Select(r => r.VendorId).ToList();
        var booked = await (
                from e in db.VendorEarnings.AsNoTracking()
                join o in DashboardSales.Orders(db, scope, scope.From, scope.To) on e.OrderId equals o.Id
                where ids.Contains(e.VendorId)
                group e by e.VendorId into g
                select new { VendorId = g.Key, Commission = g.Sum(e => e.CommissionMinorUnits + e.FeeMinorUnits) })
            .ToDictionaryAsync(c => c.VendorId, c => c.Commission, cancellation);
        return rows.Select(r => new VendorPerformance(
            r.VendorId, r.Gmv, booked.GetValueOrDefault(r.VendorId), r.Orders, r.Refunded, scope.Currency)).ToList();
    }
}
