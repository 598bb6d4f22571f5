using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Dashboards;

/// <summary>What the best sellers are ranked by.</summary>
public enum TopSellersOrder
{
    Revenue,
    Units,
}

/// <summary>A product's or category's sales in the period; the id is null for lines whose product was since deleted (or products without a category).</summary>
public sealed record SellerTotals(int? Id, long Revenue, long Units, string Currency);

/// <summary>
/// Best-selling products and categories by line totals (before tax) and units, grouped in the database over the daily
/// product rollup (one row per product, vendor and day instead of every order line).
/// </summary>
public static class TopSellers
{
    public static Task<IReadOnlyList<SellerTotals>> ProductsAsync(
        CommerceDbContext db, DashboardScope scope, TopSellersOrder by, int limit, CancellationToken cancellation) =>
        RankAsync(SalesRollup.ProductDays(db, scope).Select(d => new Sale { Id = d.ProductId == 0 ? null : d.ProductId, Revenue = d.RevenueMinorUnits, Units = d.Units }),
            scope, by, limit, cancellation);

    public static Task<IReadOnlyList<SellerTotals>> CategoriesAsync(
        CommerceDbContext db, DashboardScope scope, TopSellersOrder by, int limit, CancellationToken cancellation) =>
        RankAsync(from d in SalesRollup.ProductDays(db, scope)
                  join p in db.Products on d.ProductId equals p.Id into products
                  from p in products.DefaultIfEmpty()
                  select new Sale { Id = p == null ? null : p.CategoryId, Revenue = d.RevenueMinorUnits, Units = d.Units },
            scope, by, limit, cancellation);

    private static async Task<IReadOnlyList<SellerTotals>> RankAsync(
        IQueryable<Sale> sales, DashboardScope scope, TopSellersOrder by, int limit, CancellationToken cancellation)
    {
        var groups = sales
            .GroupBy(s => s.Id)
            .Select(g => new { Id = g.Key, Revenue = g.Sum(s => s.Revenue), Units = g.Sum(s => s.Units) });
        var top = by == TopSellersOrder.Units
            ? groups.OrderByDescending(g => g.Units).ThenByDescending(g => g.Revenue)
            : groups.OrderByDescending(g => g.Revenue).ThenByDescending(g => g.Units);
        var rows = await top.ThenBy(g => g.Id).Take(limit).ToListAsync(cancellation);
        return rows.Select(r => new SellerTotals(r.Id, r.Revenue, r.Units, scope.Currency)).ToList();
    }

    /// <summary>One rollup row under the key it is ranked by (product or category); only used inside SQL.</summary>
    private sealed class Sale
    {
        public int? Id { get; init; }
        public long Revenue { get; init; }
        public long Units { get; init; }
    }
}
