using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Filtering;

namespace Commerce.Api.Features.Orders;

/// <summary>The keys orders can be sorted by (no enum keys: enums are stored as strings, docs/decisions/0004).</summary>
public sealed class OrderSortInputType : SortInputType<Order>
{
    public OrderSortInputType()
        : base("OrderSortInput", "Sort keys of orders. Set exactly one field per list item.")
    {
        Allow("placedAt", o => o.PlacedAt, "By the time the order was placed.");
        Allow("total", o => o.TotalMinorUnits, "By the order total in minor units.");
        Allow("number", o => o.Number, "By order number.");
        Allow("updatedAt", o => o.UpdatedAt, "By the time the order last changed.");
        TieBreaker("id", o => o.Id, "By id; always appended as the last key so the order is total.");
    }
}
