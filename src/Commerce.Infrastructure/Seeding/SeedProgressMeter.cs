using System.Diagnostics;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Counts rows per table as a writer stores them and reports progress. Percent: the catalogue is the first 5%,
/// orders (by count) run to 95%, quotes and stock levels finish it.
/// </summary>
internal sealed class SeedProgressMeter(int plannedOrders, IProgress<SeedProgress>? progress)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Dictionary<string, long> rows = [];
    private long ordersWritten;

    public TimeSpan Elapsed => clock.Elapsed;

    public void Count(string table, long count) => rows[table] = rows.GetValueOrDefault(table) + count;

    public void OrdersWritten(int count) => ordersWritten += count;

    public void Report(string stage)
    {
        var percent = stage switch
        {
            "catalogue" => 5d,
            "orders" => 5 + (90d * ordersWritten / Math.Max(1, plannedOrders)),
            "done" => 100,
            _ => 95,
        };
        var total = rows.Values.Sum();
        progress?.Report(new SeedProgress(stage, total, percent, total / Math.Max(0.001, clock.Elapsed.TotalSeconds), clock.Elapsed));
    }

    public SeedSummary Summary() => new(true, new Dictionary<string, long>(rows), clock.Elapsed);
}
