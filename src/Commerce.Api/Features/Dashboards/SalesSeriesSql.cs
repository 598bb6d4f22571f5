using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Dashboards;

/// <summary>
/// A vendor's daily totals behind a sales series (the shop's come from <see cref="SalesRollup"/>), in raw SQL because
/// the UTC day of a timestamp is cheap to take only provider by provider: SQLite stores DateTime as ISO text, so its
/// first ten characters are the day (EF's own translation of <c>DateTime.Date</c> runs <c>strftime</c> per row, about
/// ten times slower); SQL Server casts to <c>date</c>. Same rules as <see cref="DashboardSales"/>; only constant
/// fragments are spliced, values are parameters.
/// </summary>
public static class SalesSeriesSql
{
    public static Task<List<DailyTotals>> DailyTotalsAsync(CommerceDbContext db, DashboardScope scope, CancellationToken cancellation)
    {
        var vendorId = scope.VendorId ?? throw new ArgumentException("A vendor's series needs a vendor.", nameof(scope));
        var day = db.Database.IsSqlite() ? "substr(o.PlacedAt, 1, 10)" : "CAST(o.PlacedAt AS date)";
        var sql = $"""
            SELECT Day, CAST(SUM(Amount) AS BIGINT) AS Revenue, CAST(COUNT(*) AS BIGINT) AS Orders
            FROM (SELECT {day} AS Day, SUM(l.LineTotalMinorUnits) AS Amount
                  FROM Orders o JOIN OrderLines l ON l.OrderId = o.Id
                  WHERE o.PlacedAt >= {"{0}"} AND o.PlacedAt < {"{1}"} AND o.Status <> 'Cancelled' AND o.Currency = {"{2}"}
                    AND l.VendorId = {"{3}"}
                  GROUP BY o.Id, {day}) AS sales
            GROUP BY Day
            """;
        return db.Database.SqlQueryRaw<DailyTotals>(sql, scope.From, scope.To, scope.Currency, vendorId).ToListAsync(cancellation);
    }

    /// <summary>One UTC day's revenue and orders.</summary>
    public sealed class DailyTotals
    {
        public DateTime Day { get; init; }
        public long Revenue { get; init; }
        public long Orders { get; init; }
    }
}
