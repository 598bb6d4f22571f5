using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Dashboards;

/// <summary>
/// A variant whose units available across all warehouses (on hand − reserved) are below the sum of its warehouses'
/// low-stock thresholds. Stock is a present-day figure: the period does not apply.
/// </summary>
public sealed record LowStockVariant(int VariantId, long Available, long Threshold)
{
    public static async Task<IReadOnlyList<LowStockVariant>> ReadAsync(CommerceDbContext db, DashboardScope scope, int limit, CancellationToken cancellation)
    {
        var vendorId = scope.VendorId;
        var levels = db.StockLevels.AsNoTracking();
        if (vendorId is not null)
        {
            levels = levels.Where(s => s.Variant!.Product!.VendorId == vendorId);
        }

        return await levels.GroupBy(s => s.VariantId)
            .Select(g => new { VariantId = g.Key, Available = g.Sum(s => (long)(s.OnHand - s.Reserved)), Threshold = g.Sum(s => (long)s.LowStockThreshold) })
            .Where(g => g.Available < g.Threshold)
            .OrderBy(g => g.Available).ThenBy(g => g.VariantId)
            .Take(limit)
            .Select(g => new LowStockVariant(g.VariantId, g.Available, g.Threshold))
            .ToListAsync(cancellation);
    }
}
