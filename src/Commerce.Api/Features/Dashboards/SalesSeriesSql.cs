using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Dashboards;

/// <summary>
/// The daily totals behind a sales series, in raw SQL because the UTC day of a timestamp is cheap to take only
/// provider by provider: SQLite stores DateTime as ISO text, so its first ten characters are the day (EF's own
/// translation of <c>DateTime.Date</c> runs <c>strftime</c> per row, about ten times slower); SQL Server casts to
/// <c>date</c>. Refunds are read ledger first (CROSS JOIN fixes SQLite's join order; SQL Server treats it as an inner
/// join with a WHERE). Same rules as <see cref="DashboardSales"/>; only constant fragments are spliced, values are parameters.
/// </summary>
public static class SalesSeriesSql
{
    public static Task<List<DailyTotals>> DailyTotalsAsync(CommerceDbContext db, DashboardScope scope, CancellationToken cancellation)
    {
        var day = db.Database.IsSqlite() ? "substr(o.PlacedAt, 1, 10)" : "CAST(o.PlacedAt AS date)";
        const string sales = "o.PlacedAt >= {0} AND o.PlacedAt < {1} AND o.Status <> 'Cancelled' AND o.Currency = {2}";
        var rows = scope.VendorId is null
            ? $"""
               SELECT {day} AS Day, o.TotalMinorUnits AS Amount, 1 AS IsOrder FROM Orders o WHERE {sales}
               UNION ALL
               SELECT {day}, -p.AmountMinorUnits, 0 FROM PaymentTransactions p CROSS JOIN Orders o
               WHERE o.Id = p.OrderId AND p.Kind = 'Refund' AND p.Status = 'Succeeded' AND {sales}
               """
            : $"""
               SELECT {day} AS Day, SUM(l.LineTotalMinorUnits) AS Amount, 1 AS IsOrder
               FROM Orders o JOIN OrderLines l ON l.OrderId = o.Id
               WHERE {sales} AND l.VendorId = {"{3}"}
               GROUP BY o.Id, {day}
               """;
        var sql = $"""
            SELECT Day, CAST(SUM(Amount) AS BIGINT) AS Revenue, CAST(SUM(IsOrder) AS BIGINT) AS Orders
            FROM ({rows}) AS sales
            GROUP BY Day
            """;
        object[] parameters = scope.VendorId is { } vendorId
            ? [scope.From, scope.To, scope.Currency, vendorId]
            : [scope.From, scope.To, scope.Currency];
        return db.Database.SqlQueryRaw<DailyTotals>(sql, parameters).ToListAsync(cancellation);
    }

    /// <summary>One UTC day's revenue and orders.</summary>
    public sealed class DailyTotals
    {
        public DateTime Day { get; init; }
        public long Revenue { get; init; }
        public long Orders { get; init; }
    }
}
