using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Filtering;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>The allowlist of order line filters (used by <c>Vendor.orderLines</c>).</summary>
public sealed class OrderLineFilterInputType : FilterInputType<OrderLine>
{
    public OrderLineFilterInputType()
        : base("OrderLineFilterInput", "Conditions on order lines; all given conditions must hold.")
    {
        AllowComparable<DateTimeGraphType, DateTime>("placedAt", l => l.Order!.PlacedAt, "When the line's order was placed (UTC).");
        Allow("sku", l => l.Sku, "The SKU bought.");
    }
}
