using Commerce.Domain.Inventory;
using Commerce.GraphQL.Server.Filtering;
using GraphQL.Types;

namespace Commerce.Api.Features.Inventory;

/// <summary>The allowlist of stock level filters.</summary>
public sealed class StockLevelFilterInputType : FilterInputType<StockLevel>
{
    public StockLevelFilterInputType()
        : base("StockLevelFilterInput", "Conditions on stock levels; all given conditions must hold.")
    {
        AllowComparable<IntGraphType, int>("available", s => s.OnHand - s.Reserved, "Units available for sale (on hand minus reserved).");
        AllowComparable<IntGraphType, int>("onHand", s => s.OnHand, "Units physically in the warehouse.");
        AllowCustom<BooleanGraphType, bool>("lowStock",
            low => low ? s => s.OnHand - s.Reserved <= s.LowStockThreshold : s => s.OnHand - s.Reserved > s.LowStockThreshold,
            "True: only stock at or below its low-stock threshold; false: only stock above it.");
    }
}
