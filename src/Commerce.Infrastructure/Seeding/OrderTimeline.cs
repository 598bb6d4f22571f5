namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// When the n-th of N orders is placed, over the 365 days before the anchor. Busier towards the present (the
/// shop grows), busier at weekends and in the Black Friday weeks, quiet at night. Order n's time is the inverse of
/// the cumulative demand at (n + jitter) / N, so times ascend with n and order numbers follow placement time.
/// </summary>
internal sealed class OrderTimeline
{
    public const int Days = 365;

    private static readonly double[] HourWeights =
        [0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 0.7, 1.0, 1.2, 1.3, 1.4, 1.4, 1.5, 1.4, 1.3, 1.3, 1.4, 1.5, 1.7, 1.9, 2.0, 1.8, 1.2, 0.6];

    private readonly DateTime start;
    private readonly double[] cumulative;

    public OrderTimeline(DateTime anchor)
    {
        start = anchor.Date.AddDays(-Days);
        cumulative = new double[Days * 24];
        var total = 0d;
        for (var slot = 0; slot < cumulative.Length; slot++)
        {
            var day = start.AddHours(slot);
            total += (1 + (1.2 * slot / cumulative.Length)) * Weekday(day.DayOfWeek) * Season(day) * HourWeights[slot % 24];
            cumulative[slot] = total;
        }
    }

    /// <summary>Placement time of order <paramref name="index"/> (0-based) of <paramref name="count"/>.</summary>
    public DateTime PlacedAt(int index, int count, double jitter)
    {
        var target = (index + jitter) / count * cumulative[^1];
        var slot = Array.BinarySearch(cumulative, target);
        slot = slot >= 0 ? slot : ~slot;
        var before = slot == 0 ? 0 : cumulative[slot - 1];
        var withinSlot = (target - before) / (cumulative[slot] - before);
        var placed = start.AddHours(slot + withinSlot);
        return new DateTime(placed.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }

    private static double Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Saturday => 1.15,
        DayOfWeek.Sunday => 1.25,
        DayOfWeek.Monday => 1.1,
        _ => 1.0,
    };

    /// <summary>Black Friday to Cyber Monday and the run-up to Christmas sell more.</summary>
    private static double Season(DateTime day) => day.Month switch
    {
        11 when day.Day >= 24 => 2.2,
        12 when day.Day <= 20 => 1.5,
        1 when day.Day <= 10 => 0.8,
        _ => 1.0,
    };
}
