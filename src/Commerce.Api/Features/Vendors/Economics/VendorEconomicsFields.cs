using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Cost;
using Commerce.GraphQL.Server.Paging;
using Commerce.Infrastructure.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors.Economics;

/// <summary>
/// Adds the vendor's economics to <c>Vendor</c>: commission plan, earnings, ledger entries and payout statements,
/// each for staff (<c>read:vendors</c>) and the vendor's own users only (another vendor's user gets FORBIDDEN).
/// </summary>
public static class VendorEconomicsFields
{
    public static void AddTo(ObjectGraphType<Vendor> vendor)
    {
        vendor.Field<NonNullGraphType<LongGraphType>>("transactionFeeMinorUnits")
            .Description("Fixed fee per paid order, in minor units of the order's currency, booked on the vendor's first line of the order. For staff and the vendor's own users.")
            .Resolve(ctx => VendorVisibility.EnsureOwnOrStaff(ctx, ctx.Source, Scopes.ReadVendors).TransactionFeeMinorUnits)
            .RequireScopes(Scopes.ReadVendors, Scopes.Vendor);
        vendor.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommissionTierType>>>>("commissionTiers").WithListSize(10)
            .Description("The vendor's volume tiers, lowest threshold first. For staff and the vendor's own users.")
            .ResolveAsync(async ctx =>
            {
                var id = OwnId(ctx);
                await using var db = await Contexts(ctx).CreateDbContextAsync(ctx.CancellationToken);
                return await db.CommissionTiers.AsNoTracking().Where(t => t.VendorId == id)
                    .OrderBy(t => t.Currency).ThenBy(t => t.MonthlyGmvThresholdMinorUnits).ToListAsync(ctx.CancellationToken);
            })
            .RequireScopes(Scopes.ReadVendors, Scopes.Vendor);
        vendor.Field<NonNullGraphType<VendorEarningsSummaryType>>("earnings")
            .Description("Gross, refunds, commission, fees and net over a period, per currency, summed in the database. For staff and the vendor's own users.")
            .Argument<NonNullGraphType<EarningsPeriodInputType>>("period", "A preset or a from/to window (UTC).")
            .ResolveAsync(async ctx =>
            {
                var id = OwnId(ctx);
                var (from, to) = ctx.GetArgument<EarningsPeriodInput>("period").Resolve(ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                await using var db = await Contexts(ctx).CreateDbContextAsync(ctx.CancellationToken);
                return await VendorEarningsSummary.LoadAsync(db, id, from, to, ctx.CancellationToken);
            })
            .RequireScopes(Scopes.ReadVendors, Scopes.Vendor);
        vendor.Connection<VendorEarningType, VendorEarning>("earningEntries",
                "The vendor's commission ledger, newest first. For staff and the vendor's own users.",
                Ordering<VendorEarning>.By("id", e => e.Id, descending: true))
            .Resolve((ctx, scope) =>
            {
                var id = OwnId(ctx);
                return scope.Db(ctx).VendorEarnings.AsNoTracking().Where(e => e.VendorId == id);
            })
            .RequireScopes(Scopes.ReadVendors, Scopes.Vendor);
        vendor.Connection<PayoutStatementType, PayoutStatement>("payoutStatements",
                "The vendor's payout statements, newest first. For staff and the vendor's own users.",
                Ordering<PayoutStatement>.By("id", s => s.Id, descending: true))
            .Resolve((ctx, scope) =>
            {
                var id = OwnId(ctx);
                return scope.Db(ctx).PayoutStatements.AsNoTracking().Where(s => s.VendorId == id);
            })
            .RequireScopes(Scopes.ReadVendors, Scopes.Vendor);
    }

    private static int OwnId(IResolveFieldContext ctx) => VendorVisibility.EnsureOwnOrStaff(ctx, (Vendor)ctx.Source!, Scopes.ReadVendors).Id;

    private static IDbContextFactory<CommerceDbContext> Contexts(IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<IDbContextFactory<CommerceDbContext>>();
}
