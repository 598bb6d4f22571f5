using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Dashboards;

/// <summary>The headline figures of a dashboard, each with its comparison.</summary>
public sealed record DashboardKpis(Metric Revenue, Metric OrderCount, Metric CustomerCount, Metric AverageOrderValue)
{
    /// <summary>
    /// Reads the period and the comparison period side by side, each on its own context and pool thread (two SQL
    /// statements each; SQLite's "async" commands run synchronously, hence Task.Run).
    /// </summary>
    public static async Task<DashboardKpis> ReadAsync(IDbContextFactory<CommerceDbContext> contexts, DashboardScope scope, CancellationToken cancellation)
    {
        var current = Task.Run(() => TotalsAsync(contexts, scope, scope.From, scope.To, cancellation), cancellation);
        var previous = scope.PreviousFrom is { } from && scope.PreviousTo is { } to
            ? Task.Run<Totals?>(async () => await TotalsAsync(contexts, scope, from, to, cancellation), cancellation)
            : Task.FromResult<Totals?>(null);
        var (now, before) = (await current, await previous);
        return new DashboardKpis(
            new Metric(now.Revenue, before?.Revenue, scope.Currency),
            new Metric(now.Orders, before?.Orders),
            new Metric(now.Customers, before?.Customers),
            new Metric(now.AverageOrderValue, before?.AverageOrderValue, scope.Currency));
    }

    private static async Task<Totals> TotalsAsync(
        IDbContextFactory<CommerceDbContext> contexts, DashboardScope scope, DateTime from, DateTime to, CancellationToken cancellation)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellation);
        return scope.VendorId is null
            ? await ShopTotalsAsync(db, scope, from, to, cancellation)
            : await VendorTotalsAsync(db, scope, from, to, cancellation);
    }

    /// <summary>Revenue and orders from the daily rollup; distinct customers cannot be summed by day, so they are counted.</summary>
    private static async Task<Totals> ShopTotalsAsync(CommerceDbContext db, DashboardScope scope, DateTime from, DateTime to, CancellationToken cancellation)
    {
        var sales = await SalesRollup.Days(db, scope, from, to).GroupBy(_ => 1)
            .Select(g => new { Revenue = g.Sum(d => d.RevenueMinorUnits - d.RefundedMinorUnits), Orders = g.Sum(d => d.OrderCount) })
            .FirstOrDefaultAsync(cancellation);
        var customers = await DashboardSales.Orders(db, scope, from, to)
            .Where(o => o.CustomerId != null).Select(o => o.CustomerId).Distinct().CountAsync(cancellation);
        return new Totals(sales?.Revenue ?? 0, sales?.Orders ?? 0, customers);
    }

    /// <summary>A vendor's rows are its lines, several per order; its figures are line totals (no refunds: docs/dashboards.md).</summary>
    private static async Task<Totals> VendorTotalsAsync(CommerceDbContext db, DashboardScope scope, DateTime from, DateTime to, CancellationToken cancellation)
    {
        var totals = await DashboardSales.Rows(db, scope, from, to).GroupBy(_ => 1)
            .Select(g => new Totals(g.Sum(r => r.Amount), g.Select(r => r.OrderId).Distinct().Count(), g.Select(r => r.CustomerId).Distinct().Count()))
            .FirstOrDefaultAsync(cancellation);
        return totals ?? new Totals(0, 0, 0);
    }

    /// <param name="Revenue">Sales less refunds, minor units.</param>
    /// <param name="Orders">Orders counted as sales.</param>
    /// <param name="Customers">Distinct registered customers among them (guest orders have none).</param>
    private sealed record Totals(long Revenue, long Orders, long Customers)
    {
        public long AverageOrderValue => Orders == 0 ? 0 : (long)Math.Round((decimal)Revenue / Orders, MidpointRounding.AwayFromZero);
    }
}
