using Commerce.GraphQL.Server.Errors;
using GraphQL.Types;

namespace Commerce.Api.Features.Vendors.Economics;

/// <summary>Named periods ending now (UTC).</summary>
public enum EarningsPeriodPreset
{
    Today,
    Last7Days,
    Last30Days,
    ThisMonth,
    LastMonth,
    ThisYear,
}

/// <summary>Either a preset or an explicit half-open window [from, to).</summary>
public sealed class EarningsPeriodInput
{
    public EarningsPeriodPreset? Preset { get; set; }
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }

    /// <summary>The window this input names at <paramref name="now"/>; a top-level BAD_REQUEST error when it names none.</summary>
    public (DateTime From, DateTime To) Resolve(DateTime now)
    {
        var today = now.Date;
        var month = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        return (Preset, From, To) switch
        {
            (EarningsPeriodPreset.Today, null, null) => (today, today.AddDays(1)),
            (EarningsPeriodPreset.Last7Days, null, null) => (now.AddDays(-7), now),
            (EarningsPeriodPreset.Last30Days, null, null) => (now.AddDays(-30), now),
            (EarningsPeriodPreset.ThisMonth, null, null) => (month, month.AddMonths(1)),
            (EarningsPeriodPreset.LastMonth, null, null) => (month.AddMonths(-1), month),
            (EarningsPeriodPreset.ThisYear, null, null) => (new DateTime(now.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(now.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            (null, { } from, { } to) when from < to => (from.ToUniversalTime(), to.ToUniversalTime()),
            _ => throw new GraphQLServerError("Give either `preset`, or both `from` and `to` with `from` before `to`.", ErrorCodes.BadRequest),
        };
    }
}

public sealed class EarningsPeriodPresetType : EnumerationGraphType<EarningsPeriodPreset>
{
    public EarningsPeriodPresetType()
    {
        Name = "EarningsPeriodPreset";
        Description = "Named periods in UTC: TODAY, LAST_7_DAYS and LAST_30_DAYS (ending now), THIS_MONTH, LAST_MONTH, THIS_YEAR (calendar).";
    }
}

public sealed class EarningsPeriodInputType : InputObjectGraphType<EarningsPeriodInput>
{
    public EarningsPeriodInputType()
    {
        Name = "EarningsPeriodInput";
        Description = "The period of an earnings figure: a preset, or `from` and `to` (from inclusive, to exclusive). Not both.";
        Field<EarningsPeriodPresetType>("preset").Description("A named period.");
        Field<DateTimeGraphType>("from").Description("Start, inclusive.");
        Field<DateTimeGraphType>("to").Description("End, exclusive.");
    }
}
