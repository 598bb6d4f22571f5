using GraphQL.Types;

namespace Commerce.Api.Features.Dashboards;

/// <summary>The <c>period:</c> argument: whole UTC days, both ends included.</summary>
public sealed class DashboardPeriodInputType : InputObjectGraphType
{
    public DashboardPeriodInputType()
    {
        Name = "DashboardPeriodInput";
        Description = "The days a dashboard covers: whole days in UTC from `from` to `to`, both included (at most 1,100 days).";
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("The first day, e.g. \"2026-08-25\".");
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Description("The last day, included, e.g. \"2026-11-22\".");
    }
}
