using Commerce.Domain.Vendors;
using GraphQL.Types;

namespace Commerce.Api.Features.Vendors;

/// <summary>Exposes <see cref="VendorStatus"/> as <c>VendorStatus { PENDING APPROVED REJECTED SUSPENDED }</c>.</summary>
public sealed class VendorStatusType : EnumerationGraphType<VendorStatus>
{
    public VendorStatusType()
    {
        Name = "VendorStatus";
        Description = "Where a vendor stands: registered and waiting (PENDING), selling (APPROVED), turned down (REJECTED) or stopped (SUSPENDED).";
    }
}
