using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;

namespace Commerce.Api.Features.Vendors.Economics;

/// <summary>Root fields: <c>setVendorCommission</c>, <c>setCategoryCommissionRate</c>, <c>createPayoutStatement</c>, <c>markPayoutPaid</c>.</summary>
public static class VendorEconomicsMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<SetVendorCommissionInputType, SetVendorCommissionPayloadType, SetVendorCommissionInput, EntityPayload<Vendor>>(
                "setVendorCommission", "Replaces a vendor's commission plan: default rate, fixed fee per order and volume tiers.",
                (ctx, input) => ctx.Handler<SetVendorCommissionHandler>().HandleAsync(input, ctx.CancellationToken))
            .RequireScopes(Scopes.WriteVendors);
        mutation.MutationField<SetCategoryCommissionRateInputType, SetCategoryCommissionRatePayloadType, SetCategoryCommissionRateInput, EntityPayload<CategoryCommissionRate>>(
                "setCategoryCommissionRate", "Sets or removes a category's commission rate, for one vendor or for all vendors.",
                (ctx, input) => ctx.Handler<SetCategoryCommissionRateHandler>().HandleAsync(input, ctx.CancellationToken))
            .RequireScopes(Scopes.WriteVendors);
        mutation.MutationField<CreatePayoutStatementInputType, CreatePayoutStatementPayloadType, CreatePayoutStatementInput, PayoutStatementPayload>(
                "createPayoutStatement", "Gathers a vendor's unpaid earning entries of a week or month into a PENDING statement; an entry is never in two statements. NOTHING_TO_PAY when none are left.",
                async (ctx, input) => new PayoutStatementPayload(await CreatePayoutStatementHandler.HandleAsync(ctx, input)))
            .RequireScopes(Scopes.WriteVendors);
        mutation.MutationField<MarkPayoutPaidInputType, MarkPayoutPaidPayloadType, MarkPayoutPaidInput, PayoutStatementPayload>(
                "markPayoutPaid", "Marks a PENDING payout statement PAID once the money was transferred.",
                async (ctx, input) => new PayoutStatementPayload(await MarkPayoutPaidHandler.HandleAsync(ctx, input)))
            .RequireScopes(Scopes.WriteVendors);
    }
}
