using GraphQL.Types;

namespace Commerce.Api.Features.Dashboards;

/// <summary>Which period a dashboard's figures are compared with.</summary>
public enum DashboardComparison
{
    /// <summary>The same number of days immediately before the period.</summary>
    PreviousPeriod,

    /// <summary>The same calendar days one year earlier.</summary>
    PreviousYear,

    /// <summary>No comparison: previous figures and growth are null.</summary>
    None,
}

/// <summary>Exposes <see cref="DashboardComparison"/> as PREVIOUS_PERIOD, PREVIOUS_YEAR, NONE.</summary>
public sealed class DashboardComparisonType : EnumerationGraphType<DashboardComparison>
{
    public DashboardComparisonType()
    {
        Name = "DashboardComparison";
        Description = "What the period's figures are compared with: PREVIOUS_PERIOD (as many days just before), PREVIOUS_YEAR (the same days a year earlier) or NONE.";
    }
}
