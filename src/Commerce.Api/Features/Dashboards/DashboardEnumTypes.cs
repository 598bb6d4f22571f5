using GraphQL.Types;

namespace Commerce.Api.Features.Dashboards;

/// <summary>Exposes <see cref="SalesInterval"/> as DAY, WEEK, MONTH.</summary>
public sealed class SalesIntervalType : EnumerationGraphType<SalesInterval>
{
    public SalesIntervalType()
    {
        Name = "SalesInterval";
        Description = "The width of a sales series' buckets: DAY, WEEK (ISO, Monday to Sunday) or MONTH, in UTC.";
    }
}

/// <summary>Exposes <see cref="TopSellersOrder"/> as REVENUE, UNITS.</summary>
public sealed class TopSellersOrderType : EnumerationGraphType<TopSellersOrder>
{
    public TopSellersOrderType()
    {
        Name = "TopSellersOrder";
        Description = "What best sellers are ranked by: REVENUE (line totals before tax) or UNITS sold.";
    }
}

/// <summary>Exposes <see cref="RfmSegment"/>.</summary>
public sealed class RfmSegmentType : EnumerationGraphType<RfmSegment>
{
    public RfmSegmentType()
    {
        Name = "RfmSegment";
        Description = "A named RFM segment from recency (R), frequency (F) and monetary (M) scores 1–5, first rule that matches: CHAMPIONS (R, F, M ≥ 4), AT_RISK (R ≤ 2 and F or M ≥ 4), LOST (R = 1), HIBERNATING (R = 2), LOYAL (F ≥ 4), NEW_HIGH_POTENTIAL (R ≥ 4, F ≤ 2), NEEDS_ATTENTION (the rest).";
    }
}
