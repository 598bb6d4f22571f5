namespace Commerce.Domain.Vendors.Economics;

/// <summary>How long a payout statement's period is: an ISO week (Monday to Sunday) or a calendar month, UTC.</summary>
public enum PayoutPeriod
{
    Weekly = 0,
    Monthly = 1,
}

public static class PayoutPeriods
{
    /// <summary>The half-open window [start, end) of <paramref name="period"/> that contains <paramref name="date"/>.</summary>
    public static (DateTime Start, DateTime End) Window(PayoutPeriod period, DateOnly date)
    {
        if (period == PayoutPeriod.Monthly)
        {
            var first = new DateTime(date.Year, date.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            return (first, first.AddMonths(1));
        }

        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return (monday, monday.AddDays(7));
    }
}
