using Commerce.Api.Features.Common;
using Commerce.Api.Features.Orders;
using Commerce.Domain.Common;
using GraphQL.Types;

namespace Commerce.Api.Features.Dashboards;

/// <summary><c>DashboardKpis</c>: the headline figures.</summary>
public sealed class DashboardKpisType : ObjectGraphType<DashboardKpis>
{
    public DashboardKpisType()
    {
        Name = "DashboardKpis";
        Description = "The headline figures of the period, each with its comparison.";
        Field<NonNullGraphType<MoneyMetricType>>("revenue").Description("Totals of the period's sales (orders not cancelled; a vendor's line totals before tax) less refunds recorded on them in the payment ledger (the whole shop only).").Resolve(ctx => ctx.Source.Revenue);
        Field<NonNullGraphType<CountMetricType>>("orderCount").Description("Orders placed in the period that are not cancelled (for a vendor: those with its lines).").Resolve(ctx => ctx.Source.OrderCount);
        Field<NonNullGraphType<CountMetricType>>("customerCount").Description("Distinct registered customers among those orders; guest orders count as orders only.").Resolve(ctx => ctx.Source.CustomerCount);
        Field<NonNullGraphType<MoneyMetricType>>("averageOrderValue").Description("Revenue / order count, rounded half away from zero to the minor unit.").Resolve(ctx => ctx.Source.AverageOrderValue);
    }
}

/// <summary><c>SalesPoint</c>: one bucket of a series.</summary>
public sealed class SalesPointType : ObjectGraphType<SalesPoint>
{
    public SalesPointType()
    {
        Name = "SalesPoint";
        Description = "Revenue and orders of one day, week or month of the period (zero when nothing sold).";
        Field<NonNullGraphType<DateOnlyGraphType>>("periodStart").Description("The bucket's first day in the period (a week or month cut by the period starts at the period's first day).").Resolve(ctx => ctx.Source.PeriodStart);
        Field<NonNullGraphType<MoneyType>>("revenue").Description("Revenue of the orders placed in the bucket, as in `kpis.revenue`.").Resolve(ctx => new Money(ctx.Source.Revenue, ctx.Source.Currency));
        Field<NonNullGraphType<LongGraphType>>("orders").Description("Orders placed in the bucket, as in `kpis.orderCount`.").Resolve(ctx => ctx.Source.Orders);
    }
}

/// <summary><c>OrderStatusCount</c>.</summary>
public sealed class OrderStatusCountType : ObjectGraphType<OrderStatusCount>
{
    public OrderStatusCountType()
    {
        Name = "OrderStatusCount";
        Description = "How many of the period's orders (cancelled ones included) stand in one status now.";
        Field<NonNullGraphType<OrderStatusType>>("status").Description("The status.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<LongGraphType>>("orders").Description("Orders in that status.").Resolve(ctx => ctx.Source.Orders);
    }
}
