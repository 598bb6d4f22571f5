using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;

namespace Commerce.Api.Features.Vendors;

/// <summary>Root fields: <c>registerVendor</c>, <c>approveVendor</c>, <c>rejectVendor</c>, <c>suspendVendor</c>.</summary>
public static class VendorMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<RegisterVendorInputType, RegisterVendorPayloadType, RegisterVendorInput, EntityPayload<Vendor>>(
                "registerVendor", "Registers a vendor; it starts PENDING until approved.",
                (ctx, input) => ctx.Handler<RegisterVendorHandler>().HandleAsync(input, ctx.CancellationToken))
            .RequireScopes(Scopes.WriteVendors);
        mutation.MutationField<ApproveVendorInputType, ApproveVendorPayloadType, ChangeVendorStatusInput, EntityPayload<Vendor>>(
                "approveVendor", "Approves a PENDING vendor or reinstates a SUSPENDED one.",
                (ctx, input) => ctx.Handler<ChangeVendorStatusHandler>().HandleAsync(input, VendorStatus.Approved, ctx.CancellationToken))
            .RequireScopes(Scopes.WriteVendors);
        mutation.MutationField<RejectVendorInputType, RejectVendorPayloadType, ChangeVendorStatusInput, EntityPayload<Vendor>>(
                "rejectVendor", "Rejects a PENDING vendor's registration; rejection is final.",
                (ctx, input) => ctx.Handler<ChangeVendorStatusHandler>().HandleAsync(input, VendorStatus.Rejected, ctx.CancellationToken))
            .RequireScopes(Scopes.WriteVendors);
        mutation.MutationField<SuspendVendorInputType, SuspendVendorPayloadType, ChangeVendorStatusInput, EntityPayload<Vendor>>(
                "suspendVendor", "Suspends an APPROVED vendor; approveVendor reinstates it.",
                (ctx, input) => ctx.Handler<ChangeVendorStatusHandler>().HandleAsync(input, VendorStatus.Suspended, ctx.CancellationToken))
            .RequireScopes(Scopes.WriteVendors);
        Economics.VendorEconomicsMutations.AddTo(mutation);
    }
}
