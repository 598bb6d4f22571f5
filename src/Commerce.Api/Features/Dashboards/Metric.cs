namespace Commerce.Api.Features.Dashboards;

/// <summary>A figure for the period, the same figure for the comparison period, and the growth between them.</summary>
/// <param name="Value">The period's figure (minor units for money).</param>
/// <param name="Previous">The comparison period's figure; null when nothing is compared.</param>
/// <param name="Currency">The currency of a money figure; null for counts.</param>
public sealed record Metric(long Value, long? Previous, string? Currency = null)
{
    /// <summary>(value − previous) / previous × 100, rounded to two decimals; null without a non-zero previous figure.</summary>
    public double? GrowthPercent => Previous is { } previous and not 0
        ? (double)Math.Round((Value - previous) * 100m / previous, 2, MidpointRounding.AwayFromZero)
        : null;
}
