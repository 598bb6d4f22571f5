using Commerce.Infrastructure.Persistence;

namespace Commerce.Api.Features.Dashboards;

/// <summary>How wide the buckets of a sales series are.</summary>
public enum SalesInterval
{
    Day,

    /// <summary>ISO weeks, Monday to Sunday.</summary>
    Week,

    Month,
}

/// <summary>One bucket of a sales series; days without sales are buckets of zero.</summary>
public sealed record SalesPoint(DateOnly PeriodStart, long Revenue, long Orders, string Currency);

/// <summary>
/// Revenue and orders per day, week or month. The shop's daily totals come from the daily rollup; a vendor's are grouped
/// by UTC day from its order lines (at most <see cref="DashboardScope.MaxDays"/> rows either way); those daily totals
/// are then folded into weeks or months and empty buckets filled.
/// </summary>
public static class SalesSeries
{
    public static async Task<IReadOnlyList<SalesPoint>> ReadAsync(CommerceDbContext db, DashboardScope scope, SalesInterval interval, CancellationToken cancellation)
    {
        var days = scope.VendorId is null
            ? await SalesRollup.DailyTotalsAsync(db, scope, cancellation)
            : await SalesSeriesSql.DailyTotalsAsync(db, scope, cancellation);
        var byDay = days.ToDictionary(d => DateOnly.FromDateTime(d.Day));

        var first = DateOnly.FromDateTime(scope.From);
        var end = DateOnly.FromDateTime(scope.To);
        var points = new List<SalesPoint>();
        for (var start = first; start < end;)
        {
            var next = Min(NextBucket(start, interval), end);
            long revenue = 0, orders = 0;
            for (var day = start; day < next; day = day.AddDays(1))
            {
                if (byDay.TryGetValue(day, out var totals))
                {
                    revenue += totals.Revenue;
                    orders += totals.Orders;
                }
            }

            points.Add(new SalesPoint(start, revenue, orders, scope.Currency));
            start = next;
        }

        return points;
    }

    /// <summary>The first day of the bucket after the one holding <paramref name="day"/>.</summary>
    private static DateOnly NextBucket(DateOnly day, SalesInterval interval) => interval switch
    {
        SalesInterval.Week => day.AddDays(7 - (((int)day.DayOfWeek + 6) % 7)),
        SalesInterval.Month => new DateOnly(day.Year, day.Month, 1).AddMonths(1),
        _ => day.AddDays(1),
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
