namespace Commerce.Domain.Orders;

/// <summary>
/// Where an order stands in its life cycle. Payment and fulfillment progress are separate facets
/// (<see cref="PaymentStatus"/>, <see cref="FulfillmentStatus"/>).
/// </summary>
public enum OrderStatus
{
    Placed = 0,
    Confirmed = 1,
    PartiallyFulfilled = 2,
    Fulfilled = 3,
    Delivered = 4,
    Cancelled = 5,
}
