using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Dashboards;

/// <summary>
/// The daily rollups (<see cref="DailySales"/>, <see cref="DailyProductSales"/>) as composable queries over a
/// dashboard's days. They hold exactly what <see cref="DashboardSales"/> would add up from orders, lines and refunds —
/// database triggers keep them in each change's transaction (docs/decisions/0011) — but a period reads one row per day
/// (per product) instead of every order of it.
/// </summary>
public static class SalesRollup
{
    public static IQueryable<DailySales> Days(CommerceDbContext db, DashboardScope scope, DateTime from, DateTime to)
    {
        var (first, end) = (DateOnly.FromDateTime(from), DateOnly.FromDateTime(to));
        return db.DailySales.AsNoTracking().Where(d => d.Currency == scope.Currency && d.Day >= first && d.Day < end);
    }

    /// <summary>The period's product-days, only the vendor's for a vendor's dashboard.</summary>
    public static IQueryable<DailyProductSales> ProductDays(CommerceDbContext db, DashboardScope scope)
    {
        var (first, end) = (DateOnly.FromDateTime(scope.From), DateOnly.FromDateTime(scope.To));
        var days = db.DailyProductSales.AsNoTracking().Where(d => d.Currency == scope.Currency && d.Day >= first && d.Day < end);
        return scope.VendorId is { } vendorId ? days.Where(d => d.VendorId == vendorId) : days;
    }

    /// <summary>The shop's revenue (less refunds) and orders per day of the period; days without sales are absent.</summary>
    public static Task<List<SalesSeriesSql.DailyTotals>> DailyTotalsAsync(CommerceDbContext db, DashboardScope scope, CancellationToken cancellation) =>
        Days(db, scope, scope.From, scope.To)
            .Select(d => new SalesSeriesSql.DailyTotals
            {
                Day = d.Day.ToDateTime(TimeOnly.MinValue),
                Revenue = d.RevenueMinorUnits - d.RefundedMinorUnits,
                Orders = d.OrderCount,
            })
            .ToListAsync(cancellation);
}
