using Commerce.GraphQL.Server.Errors;

namespace Commerce.Api.Features.Dashboards;

/// <summary>What a dashboard is asked for: which UTC days, compared with which, in which currency, for whom.</summary>
/// <param name="From">First instant of the period (00:00 UTC of its first day).</param>
/// <param name="To">First instant after the period (00:00 UTC of the day after its last day).</param>
/// <param name="PreviousFrom">Start of the comparison period; null when nothing is compared.</param>
/// <param name="PreviousTo">End (exclusive) of the comparison period.</param>
/// <param name="Currency">Only orders in this currency are counted; amounts in different currencies are never added.</param>
/// <param name="VendorId">Set for a vendor's users: every figure covers only that vendor's order lines.</param>
public sealed record DashboardScope(DateTime From, DateTime To, DateTime? PreviousFrom, DateTime? PreviousTo, string Currency, int? VendorId)
{
    /// <summary>A period may span this many days at most, so a series never has more than that many buckets.</summary>
    public const int MaxDays = 1_100;

    public static DashboardScope Create(DateOnly first, DateOnly last, DashboardComparison compareTo, string currency, int? vendorId)
    {
        if (last < first)
        {
            throw new GraphQLServerError("The period's `to` must not be before its `from`.", ErrorCodes.BadRequest);
        }

        var days = last.DayNumber - first.DayNumber + 1;
        if (days > MaxDays)
        {
            throw new GraphQLServerError($"A dashboard period spans at most {MaxDays} days; this one spans {days}.", ErrorCodes.BadRequest);
        }

        var from = Utc(first);
        var to = Utc(last.AddDays(1));
        var (previousFrom, previousTo) = compareTo switch
        {
            DashboardComparison.PreviousPeriod => ((DateTime?)from.AddDays(-days), (DateTime?)from),
            DashboardComparison.PreviousYear => (Utc(first.AddYears(-1)), Utc(last.AddYears(-1).AddDays(1))),
            _ => (null, null),
        };
        return new DashboardScope(from, to, previousFrom, previousTo, currency, vendorId);
    }

    private static DateTime Utc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
