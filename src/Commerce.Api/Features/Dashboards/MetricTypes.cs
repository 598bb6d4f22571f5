using Commerce.Api.Features.Common;
using Commerce.Domain.Common;
using GraphQL.Types;

namespace Commerce.Api.Features.Dashboards;

/// <summary>A money figure with its comparison: <c>MoneyMetric</c>.</summary>
public sealed class MoneyMetricType : ObjectGraphType<Metric>
{
    public MoneyMetricType()
    {
        Name = "MoneyMetric";
        Description = "An amount for the period, the same amount for the comparison period, and the growth between them.";
        Field<NonNullGraphType<MoneyType>>("value").Description("The period's amount.")
            .Resolve(ctx => new Money(ctx.Source.Value, ctx.Source.Currency!));
        Field<MoneyType>("previous").Description("The comparison period's amount; null when `compareTo` is NONE.")
            .Resolve(ctx => ctx.Source.Previous is { } previous ? new Money(previous, ctx.Source.Currency!) : null);
        MetricFields.AddGrowth(this);
    }
}

/// <summary>A count with its comparison: <c>CountMetric</c>.</summary>
public sealed class CountMetricType : ObjectGraphType<Metric>
{
    public CountMetricType()
    {
        Name = "CountMetric";
        Description = "A count for the period, the same count for the comparison period, and the growth between them.";
        Field<NonNullGraphType<LongGraphType>>("value").Description("The period's count.").Resolve(ctx => ctx.Source.Value);
        Field<LongGraphType>("previous").Description("The comparison period's count; null when `compareTo` is NONE.")
            .Resolve(ctx => ctx.Source.Previous);
        MetricFields.AddGrowth(this);
    }
}

internal static class MetricFields
{
    public static void AddGrowth(ObjectGraphType<Metric> type) =>
        type.Field<FloatGraphType>("growthPercent")
            .Description("(value − previous) / previous × 100, rounded to two decimals, e.g. 15.5 or -3.25; null when nothing is compared or the previous figure is zero.")
            .Resolve(ctx => ctx.Source.GrowthPercent);
}
