using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Filtering;

namespace Commerce.Api.Features.Vendors;

/// <summary>The keys vendors can be sorted by.</summary>
public sealed class VendorSortInputType : SortInputType<Vendor>
{
    public VendorSortInputType()
        : base("VendorSortInput", "Sort keys of vendors. Set exactly one field per list item.")
    {
        Allow("name", v => v.Name, "By name.");
        Allow("createdAt", v => v.CreatedAt, "By registration time.");
        TieBreaker("id", v => v.Id, "By id; always appended as the last key so the order is total.");
    }
}
