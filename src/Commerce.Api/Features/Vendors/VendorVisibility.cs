using Commerce.Api.Auth;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Errors;
using GraphQL;

namespace Commerce.Api.Features.Vendors;

/// <summary>
/// Approved vendors are public (a storefront shows who sells). Pending, rejected and suspended ones are seen by
/// staff with <c>read:vendors</c> and by the vendor's own users.
/// </summary>
public static class VendorVisibility
{
    public static bool CanSee(Caller caller, Vendor vendor) =>
        vendor.Status == VendorStatus.Approved || caller.Has(Scopes.ReadVendors) || IsOwn(caller, vendor);

    /// <summary>True for the vendor's own users.</summary>
    public static bool IsOwn(Caller caller, Vendor vendor) => caller.VendorId == vendor.Id;

    public static IQueryable<Vendor> Filter(Caller caller, IQueryable<Vendor> vendors)
    {
        if (caller.Has(Scopes.ReadVendors))
        {
            return vendors;
        }

        var vendorId = caller.VendorId;
        return vendors.Where(v => v.Status == VendorStatus.Approved || v.Id == vendorId);
    }

    /// <summary>
    /// Guards a vendor's private field (contact, commission, sales): the vendor's own users and staff holding
    /// <paramref name="staffScope"/> may read it; another vendor's user gets FORBIDDEN.
    /// </summary>
    public static Vendor EnsureOwnOrStaff(IResolveFieldContext context, Vendor vendor, string staffScope)
    {
        var caller = context.Caller();
        return caller.Has(staffScope) || IsOwn(caller, vendor)
            ? vendor
            : throw new GraphQLServerError(
                $"Only the vendor's own users and staff holding `{staffScope}` may read `{context.FieldDefinition.Name}` of a vendor.",
                AccessErrorCodes.Forbidden);
    }
}
