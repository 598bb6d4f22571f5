namespace Commerce.Domain.Orders;

/// <summary>The order's fulfillment facet: how much of it has left a warehouse.</summary>
public enum FulfillmentStatus
{
    Unfulfilled = 0,
    PartiallyFulfilled = 1,
    Fulfilled = 2,
}
