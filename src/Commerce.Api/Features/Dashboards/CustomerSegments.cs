using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Dashboards;

/// <summary>Named RFM segments (seed 004's High-Value 555, At-Risk 155, New High-Potential 511, Lost 111 and the usual in-betweens).</summary>
public enum RfmSegment
{
    Champions,
    Loyal,
    NewHighPotential,
    NeedsAttention,
    AtRisk,
    Hibernating,
    Lost,
}

/// <summary>One segment's customers, their spend and their average scores (1–5).</summary>
public sealed record CustomerSegment(RfmSegment Segment, long Customers, long Monetary, double Recency, double Frequency, double MonetaryScore, string Currency);

/// <summary>
/// RFM over the registered customers who bought in the period, scored and segmented entirely in SQL
/// (<c>NTILE(5)</c>, which SQLite and SQL Server both have): recency by last order, frequency by orders, monetary by
/// spend, ties split by customer id so the five groups are equal. See docs/dashboards.md for the segment rules.
/// </summary>
public static class CustomerSegments
{
    public static async Task<IReadOnlyList<CustomerSegment>> ReadAsync(CommerceDbContext db, DashboardScope scope, CancellationToken cancellation)
    {
        var (from, to, currency, vendorId) = (scope.From, scope.To, scope.Currency, scope.VendorId);
        var rows = await db.Database.SqlQuery<SegmentRow>($"""
            SELECT Segment, CAST(COUNT(*) AS BIGINT) AS Customers, CAST(SUM(Monetary) AS BIGINT) AS Monetary,
                   AVG(CAST(R AS FLOAT)) AS Recency, AVG(CAST(F AS FLOAT)) AS Frequency, AVG(CAST(M AS FLOAT)) AS MonetaryScore
            FROM (
                SELECT Monetary, R, F, M,
                       CASE WHEN R >= 4 AND F >= 4 AND M >= 4 THEN 'Champions'
                            WHEN R <= 2 AND (F >= 4 OR M >= 4) THEN 'AtRisk'
                            WHEN R = 1 THEN 'Lost'
                            WHEN R = 2 THEN 'Hibernating'
                            WHEN F >= 4 THEN 'Loyal'
                            WHEN R >= 4 AND F <= 2 THEN 'NewHighPotential'
                            ELSE 'NeedsAttention' END AS Segment
                FROM (
                    SELECT Monetary,
                           NTILE(5) OVER (ORDER BY LastAt, CustomerId) AS R,
                           NTILE(5) OVER (ORDER BY Frequency, CustomerId) AS F,
                           NTILE(5) OVER (ORDER BY Monetary, CustomerId) AS M
                    FROM (
                        SELECT CustomerId, MAX(PlacedAt) AS LastAt, COUNT(DISTINCT OrderId) AS Frequency, SUM(Amount) AS Monetary
                        FROM (
                            SELECT o.CustomerId, o.Id AS OrderId, o.PlacedAt, o.TotalMinorUnits AS Amount
                            FROM Orders o
                            WHERE o.PlacedAt >= {from} AND o.PlacedAt < {to} AND o.Status <> 'Cancelled' AND o.Currency = {currency}
                              AND o.CustomerId IS NOT NULL AND {vendorId} IS NULL
                            UNION ALL
                            SELECT o.CustomerId, o.Id, o.PlacedAt, l.LineTotalMinorUnits
                            FROM Orders o JOIN OrderLines l ON l.OrderId = o.Id
                            WHERE o.PlacedAt >= {from} AND o.PlacedAt < {to} AND o.Status <> 'Cancelled' AND o.Currency = {currency}
                              AND o.CustomerId IS NOT NULL AND l.VendorId = {vendorId}
                        ) AS sales
                        GROUP BY CustomerId
                    ) AS customers
                ) AS scored
            ) AS segmented
            GROUP BY Segment
            """).ToListAsync(cancellation);
        return rows
            .Select(r => new CustomerSegment(Enum.Parse<RfmSegment>(r.Segment), r.Customers, r.Monetary,
                Math.Round(r.Recency, 2), Math.Round(r.Frequency, 2), Math.Round(r.MonetaryScore, 2), currency))
            .OrderBy(s => s.Segment)
            .ToList();
    }

    private sealed class SegmentRow
    {
        public required string Segment { get; init; }
        public long Customers { get; init; }
        public long Monetary { get; init; }
        public double Recency { get; init; }
        public double Frequency { get; init; }
        public double MonetaryScore { get; init; }
    }
}
