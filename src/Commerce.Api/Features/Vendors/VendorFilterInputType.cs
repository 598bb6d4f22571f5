using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Filtering;
using GraphQL.Types;

namespace Commerce.Api.Features.Vendors;

/// <summary>The allowlist of vendor filters.</summary>
public sealed class VendorFilterInputType : FilterInputType<Vendor>
{
    public VendorFilterInputType()
        : base("VendorFilterInput", "Conditions on vendors; all given conditions must hold.")
    {
        AllowId("id", VendorType.TypeName, v => v.Id, "The vendor's ID.");
        Allow("name", v => v.Name, "The vendor's name.");
        Allow("slug", v => v.Slug, "The vendor's handle.");
        Allow("email", v => v.Email, "The vendor's contact email.");
        AllowEnum<VendorStatusType, VendorStatus>("status", v => v.Status, "The vendor's status.");
        AllowComparable<DateTimeGraphType, DateTime>("createdAt", v => v.CreatedAt, "When the vendor registered.");
    }
}
