namespace Commerce.Domain.Orders;

/// <summary>What may happen to an order next; each value is one mutation of the graph.</summary>
public enum OrderAction
{
    Confirm = 0,
    Fulfill = 1,
    MarkDelivered = 2,
    Cancel = 3,
    AuthorizePayment = 4,
    CapturePayment = 5,
    VoidPayment = 6,
    RefundPayment = 7,
    RecordManualPayment = 8,
}
