using Commerce.Domain.Inventory;
using Commerce.GraphQL.Server.Filtering;

namespace Commerce.Api.Features.Inventory;

/// <summary>The keys stock levels can be sorted by.</summary>
public sealed class StockLevelSortInputType : SortInputType<StockLevel>
{
    public StockLevelSortInputType()
        : base("StockLevelSortInput", "Sort keys of stock levels. Set exactly one field per list item.")
    {
        Allow("available", s => s.OnHand - s.Reserved, "By units available for sale.");
        Allow("onHand", s => s.OnHand, "By units on hand.");
        TieBreaker("id", s => s.Id, "By id; always appended as the last key so the order is total.");
    }
}
