using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Vendors;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Api.Features.Vendors;

/// <summary>The input of approveVendor, rejectVendor and suspendVendor: which vendor.</summary>
public sealed class ChangeVendorStatusInput
{
    public string VendorId { get; set; } = "";
}

// One input type per status mutation, so each can grow its own fields (a reason, say) later.
public sealed class ApproveVendorInputType()
    : IdInputGraphType<ChangeVendorStatusInput>("ApproveVendorInput", "Approves a pending vendor or reinstates a suspended one.", "vendorId", "The vendor's id.");

public sealed class RejectVendorInputType()
    : IdInputGraphType<ChangeVendorStatusInput>("RejectVendorInput", "Turns down a pending vendor's registration.", "vendorId", "The vendor's id.");

public sealed class SuspendVendorInputType()
    : IdInputGraphType<ChangeVendorStatusInput>("SuspendVendorInput", "Stops an approved vendor from selling.", "vendorId", "The vendor's id.");

public sealed class ApproveVendorPayloadType() : EntityPayloadGraphType<VendorType, Vendor>("approveVendor", "vendor", "The approved vendor.");

public sealed class RejectVendorPayloadType() : EntityPayloadGraphType<VendorType, Vendor>("rejectVendor", "vendor", "The rejected vendor.");

public sealed class SuspendVendorPayloadType() : EntityPayloadGraphType<VendorType, Vendor>("suspendVendor", "vendor", "The suspended vendor.");

/// <summary>Moves a vendor along <see cref="VendorTransitions"/>; any other move is ILLEGAL_TRANSITION.</summary>
public sealed class ChangeVendorStatusHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<Vendor>> HandleAsync(ChangeVendorStatusInput input, VendorStatus target, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var vendor = await db.LookupAsync<Vendor>(errors, input.VendorId, VendorType.TypeName, cancellationToken, "vendorId");
        if (vendor is not null && !vendor.TryMoveTo(target, clock.GetUtcNow().UtcDateTime))
        {
            errors.Add(UserErrorCode.IllegalTransition, $"A {Upper(vendor.Status)} vendor cannot become {Upper(target)}; "
                + $"allowed: {string.Join(", ", VendorTransitions.From(vendor.Status).Select(Upper).DefaultIfEmpty("none"))}.", "vendorId");
        }

        if (errors.Any)
        {
            return EntityPayload.Refused<Vendor>(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        return EntityPayload.Of(vendor!);
    }

    private static string Upper(VendorStatus status) => status.ToString().ToUpperInvariant();
}
