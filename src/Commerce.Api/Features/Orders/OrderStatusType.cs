using Commerce.Domain.Orders;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>Exposes <see cref="OrderStatus"/> with SCREAMING_CASE values.</summary>
public sealed class OrderStatusType : EnumerationGraphType<OrderStatus>
{
    public OrderStatusType()
    {
        Name = "OrderStatus";
        Description = "Where an order stands in its life cycle: PLACED, CONFIRMED, PARTIALLY_FULFILLED, FULFILLED, DELIVERED or CANCELLED. Payment and fulfillment progress are separate facets.";
    }
}
