using Commerce.Domain.Inventory;
using Commerce.GraphQL.Server.Filtering;

namespace Commerce.Api.Features.Inventory;

/// <summary>The keys warehouses can be sorted by.</summary>
public sealed class WarehouseSortInputType : SortInputType<Warehouse>
{
    public WarehouseSortInputType()
        : base("WarehouseSortInput", "Sort keys of warehouses. Set exactly one field per list item.")
    {
        Allow("code", w => w.Code, "By code.");
        Allow("name", w => w.Name, "By name.");
        TieBreaker("id", w => w.Id, "By id; always appended as the last key so the order is total.");
    }
}
