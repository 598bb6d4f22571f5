namespace Commerce.Domain.Orders;

/// <summary>
/// Outbox event types raised by orders, payments and stock, in the webhook vocabulary (order.created …
/// inventory.out_of_stock) plus stock.changed for live subscriptions.
/// </summary>
public static class OrderEvents
{
    public const string Created = "order.created";
    public const string Updated = "order.updated";
    public const string Cancelled = "order.cancelled";
    public const string Fulfilled = "order.fulfilled";
    public const string Refunded = "order.refunded";
    public const string PaymentSucceeded = "payment.succeeded";
    public const string PaymentFailed = "payment.failed";
    public const string PaymentRefunded = "payment.refunded";
    public const string PaymentDisputed = "payment.disputed";
    public const string StockChanged = "stock.changed";
    public const string InventoryLow = "inventory.low";
    public const string InventoryOutOfStock = "inventory.out_of_stock";
}
