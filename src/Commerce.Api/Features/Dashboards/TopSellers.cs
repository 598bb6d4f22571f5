using System.Linq.Expressions;
using Commerce.Domain.Orders;
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

/// <summary>Best-selling products and categories by line totals (before tax) and units, grouped in the database.</summary>
public static class TopSellers
{
    public static Task<IReadOnlyList<SellerTotals>> ProductsAsync(
        CommerceDbContext db, DashboardScope scope, TopSellersOrder by, int limit, CancellationToken cancellation) =>
        RankAsync(db, scope, l => l.ProductId, by, limit, cancellation);

    public static Task<IReadOnlyList<SellerTotals>> CategoriesAsync(
        CommerceDbContext db, DashboardScope scope, TopSellersOrder by, int limit, CancellationToken cancellation) =>
        RankAsync(db, scope, l => l.Product!.CategoryId, by, limit, cancellation);

    private static async Task<IReadOnlyList<SellerTotals>> RankAsync(
        CommerceDbContext db, DashboardScope scope, Expression<Func<OrderLine, int?>> key, TopSellersOrder by, int limit, CancellationToken cancellation)
    {
        var groups = DashboardSales.Lines(db, scope, scope.From, scope.To)
            .GroupBy(key)
            .Select(g => new { Id = g.Key, Revenue = g.Sum(l => l.LineTotalMinorUnits), Units = g.Sum(l => (long)l.Quantity) });
        var top = by == TopSellersOrder.Units
            ? groups.OrderByDescending(g => g.Units).ThenByDescending(g => g.Revenue)
            : groups.OrderByDescending(g => g.Revenue).ThenByDescending(g => g.Units);
        var rows = await top.ThenBy(g => g.Id).Take(limit).ToListAsync(cancellation);
        return rows.Select(r => new SellerTotals(r.Id, r.Revenue, r.Units, scope.Currency)).ToList();
    }
}
