namespace Commerce.Domain.Fulfillments;

/// <summary>Where one shipment stands.</summary>
public enum FulfillmentState
{
    Pending = 0,
    Shipped = 1,
    Delivered = 2,
    Cancelled = 3,
}
