using Commerce.Domain.Orders;
using Commerce.Domain.Vendors.Economics;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors.Economics;

/// <summary>
/// The sale entries of a paid order: one per line attributed to a vendor, priced by <see cref="CommissionRules"/>.
/// The volume tier is chosen by the vendor's paid gross earlier in the same UTC calendar month, in the order's currency.
/// </summary>
public static class SaleEntries
{
    public static async Task<List<VendorEarning>> BuildAsync(CommerceDbContext db, Order order, int paymentId, DateTime now, CancellationToken ct)
    {
        var lines = await db.OrderLines.Where(l => l.OrderId == order.Id && l.VendorId != null)
            .OrderBy(l => l.Id)
            .Select(l => new { l.Id, VendorId = l.VendorId!.Value, l.LineTotalMinorUnits, l.Product!.CategoryId })
            .ToListAsync(ct);
        if (lines.Count == 0)
        {
            return [];
        }

        var vendorIds = lines.Select(l => l.VendorId).Distinct().ToList();
        var categoryIds = lines.Where(l => l.CategoryId != null).Select(l => l.CategoryId!.Value).Distinct().ToList();
        var vendors = await db.Vendors.Where(v => vendorIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => (v.DefaultCommissionRateBasisPoints, v.TransactionFeeMinorUnits), ct);
        var categoryRates = await db.CategoryCommissionRates
            .Where(r => categoryIds.Contains(r.CategoryId) && (r.VendorId == null || vendorIds.Contains(r.VendorId.Value)))
            .ToListAsync(ct);
        var tiers = await db.CommissionTiers.Where(t => vendorIds.Contains(t.VendorId) && t.Currency == order.Currency).ToListAsync(ct);
        var monthStart = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var monthlyGmv = await db.VendorEarnings
            .Where(e => vendorIds.Contains(e.VendorId) && e.Kind == VendorEarningKind.Sale && e.Currency == order.Currency
                && e.RecordedAt >= monthStart && e.RecordedAt < monthStart.AddMonths(1))
            .GroupBy(e => e.VendorId)
            .Select(g => new { VendorId = g.Key, Gross = g.Sum(e => e.GrossMinorUnits) })
            .ToDictionaryAsync(g => g.VendorId, g => g.Gross, ct);

        var feeCharged = new HashSet<int>();
        return [.. lines.Select(line =>
        {
            var (defaultRate, fee) = vendors[line.VendorId];
            var rate = CommissionRules.RateFor(
                defaultRate,
                categoryRates.FirstOrDefault(r => r.CategoryId == line.CategoryId && r.VendorId == line.VendorId)?.RateBasisPoints,
                categoryRates.FirstOrDefault(r => r.CategoryId == line.CategoryId && r.VendorId == null)?.RateBasisPoints,
                CommissionRules.TierRate(tiers.Where(t => t.VendorId == line.VendorId), monthlyGmv.GetValueOrDefault(line.VendorId)));
            var commission = CommissionRules.Commission(line.LineTotalMinorUnits, rate);
            var lineFee = feeCharged.Add(line.VendorId) ? fee : 0;
            return new VendorEarning
            {
                VendorId = line.VendorId, OrderId = order.Id, OrderLineId = line.Id, PaymentTransactionId = paymentId,
                Kind = VendorEarningKind.Sale, EntryKey = $"sale:{line.Id}", Currency = order.Currency,
                GrossMinorUnits = line.LineTotalMinorUnits, RateBasisPoints = rate, CommissionMinorUnits = commission,
                FeeMinorUnits = lineFee, NetMinorUnits = line.LineTotalMinorUnits - commission - lineFee, RecordedAt = now,
            };
        })];
    }
}
