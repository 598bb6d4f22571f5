using Commerce.GraphQL.Server.Cost;
using Commerce.GraphQL.Server.Errors;
using Commerce.Infrastructure.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Dashboards;

/// <summary>
/// <c>Dashboard</c>: every figure is one or two GROUP BY statements; sibling fields run in parallel, each on its own
/// database context.
/// </summary>
public sealed class DashboardType : ObjectGraphType<DashboardScope>
{
    private const int MaxLimit = 50;

    public DashboardType()
    {
        Name = "Dashboard";
        Description = "Sales figures of a period (whole UTC days) in one currency, for the whole shop or, for a vendor's users, for that vendor's order lines only. See docs/dashboards.md for how each figure is computed.";
        Field<NonNullGraphType<DashboardKpisType>>("kpis").Description("Revenue, orders, customers and average order value, with growth against the comparison period.")
            .ResolveAsync(async ctx => await DashboardKpis.ReadAsync(Contexts(ctx), ctx.Source, ctx.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SalesPointType>>>>("salesSeries").WithListSize(90)
            .Description("Revenue and orders per bucket over the period, oldest first, empty buckets included.")
            .Argument<SalesIntervalType>("interval", "The bucket width; DAY when omitted.")
            .ResolveAsync(ctx => ReadAsync(ctx, (db, scope, c) => SalesSeries.ReadAsync(db, scope, ctx.GetArgument("interval", SalesInterval.Day), c)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderStatusCountType>>>>("ordersByStatus").WithListSize(6)
            .Description("The period's orders (cancelled included) by their current status, most first.")
            .ResolveAsync(ctx => ReadAsync(ctx, OrderStatusCount.ReadAsync));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductSalesType>>>>("topProducts").WithListSize(10)
            .Description("The best-selling products of the period.")
            .Argument<IntGraphType>("limit", $"How many, 1–{MaxLimit}; 10 when omitted.")
            .Argument<TopSellersOrderType>("by", "Rank by REVENUE (default) or UNITS.")
            .ResolveAsync(ctx => ReadAsync(ctx, (db, scope, c) => TopSellers.ProductsAsync(db, scope, By(ctx), Limit(ctx), c)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategorySalesType>>>>("topCategories").WithListSize(10)
            .Description("The best-selling categories of the period.")
            .Argument<IntGraphType>("limit", $"How many, 1–{MaxLimit}; 10 when omitted.")
            .Argument<TopSellersOrderType>("by", "Rank by REVENUE (default) or UNITS.")
            .ResolveAsync(ctx => ReadAsync(ctx, (db, scope, c) => TopSellers.CategoriesAsync(db, scope, By(ctx), Limit(ctx), c)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LowStockVariantType>>>>("lowStockVariants").WithListSize(10)
            .Description("Variants running low on stock now, fewest available first.")
            .Argument<IntGraphType>("limit", $"How many, 1–{MaxLimit}; 10 when omitted.")
            .ResolveAsync(ctx => ReadAsync(ctx, (db, scope, c) => LowStockVariant.ReadAsync(db, scope, Limit(ctx), c)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VendorPerformanceType>>>>("vendorLeaderboard").WithListSize(10)
            .Description("Vendors by GMV in the period, highest first (a vendor's users see only their own row).")
            .Argument<IntGraphType>("limit", $"How many, 1–{MaxLimit}; 10 when omitted.")
            .ResolveAsync(ctx => ReadAsync(ctx, (db, scope, c) => VendorPerformance.ReadAsync(db, scope, Limit(ctx), c)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustomerSegmentType>>>>("customerSegments").WithListSize(7)
            .Description("RFM segments of the registered customers who bought in the period (only segments with customers).")
            .ResolveAsync(ctx => ReadAsync(ctx, CustomerSegments.ReadAsync));
    }

    private static IDbContextFactory<CommerceDbContext> Contexts(IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<IDbContextFactory<CommerceDbContext>>();

    /// <summary>
    /// Runs one figure's statements on its own context, on the thread pool: Microsoft.Data.Sqlite executes "async"
    /// commands synchronously, so without Task.Run sibling fields would run one after the other.
    /// </summary>
    private static async Task<object?> ReadAsync<T>(
        IResolveFieldContext<DashboardScope> ctx, Func<CommerceDbContext, DashboardScope, CancellationToken, Task<T>> read)
    {
        var (contexts, scope, cancellation) = (Contexts(ctx), ctx.Source, ctx.CancellationToken);
        return await Task.Run(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellation);
            return await read(db, scope, cancellation);
        }, cancellation);
    }

    private static TopSellersOrder By(IResolveFieldContext ctx) => ctx.GetArgument("by", TopSellersOrder.Revenue);

    private static int Limit(IResolveFieldContext ctx) => ctx.GetArgument("limit", 10) is var limit and >= 1 and <= MaxLimit
        ? limit
        : throw new GraphQLServerError($"`limit` must be between 1 and {MaxLimit}.", ErrorCodes.BadRequest);
}
