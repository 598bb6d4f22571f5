using Commerce.Domain.Payments;

namespace Commerce.Domain.Orders;

/// <summary>
/// The order state machine's rules: which <see cref="OrderAction"/> is allowed from where the order stands, and
/// why not otherwise. Order status and payment status are separate facets: payment actions look at the ledger
/// (needed for them; pass null only for non-payment actions).
/// </summary>
public static class OrderWorkflow
{
    public static OrderTransition Check(Order order, OrderAction action, PaymentLedger? ledger)
    {
        var reason = order.Status == OrderStatus.Cancelled && action != OrderAction.RefundPayment
            ? "The order is cancelled."
            : action switch
            {
                OrderAction.Confirm => order.Status == OrderStatus.Placed ? null : $"Only placed orders can be confirmed; this one is {order.Status}.",
                OrderAction.Fulfill => FulfillReason(order),
                OrderAction.MarkDelivered => order.Status == OrderStatus.Fulfilled ? null : $"Only fully fulfilled orders can be marked delivered; this one is {order.Status}.",
                OrderAction.Cancel => order.Status is OrderStatus.Placed or OrderStatus.Confirmed ? null : $"Orders that have shipped cannot be cancelled; this one is {order.Status}.",
                _ => PaymentReason(order, action, ledger ?? throw new ArgumentNullException(nameof(ledger))),
            };
        return reason is null ? OrderTransition.Allow(action) : OrderTransition.Deny(action, reason);
    }

    private static string? FulfillReason(Order order) => order.Status switch
    {
        OrderStatus.Placed => "Confirm the order before fulfilling it.",
        OrderStatus.Confirmed or OrderStatus.PartiallyFulfilled => null,
        _ => $"Nothing is left to ship; the order is {order.Status}.",
    };

    private static string? PaymentReason(Order order, OrderAction action, PaymentLedger ledger) => action switch
    {
        OrderAction.AuthorizePayment when ledger.Capturable > 0 => "The order already has an open authorization.",
        OrderAction.AuthorizePayment or OrderAction.RecordManualPayment when ledger.Outstanding(order.TotalMinorUnits) == 0 => "Nothing is owed on the order.",
        OrderAction.AuthorizePayment or OrderAction.RecordManualPayment => null,
        OrderAction.CapturePayment => ledger.Capturable > 0 ? null : "There is no open authorization to capture.",
        OrderAction.VoidPayment when ledger.Capturable == 0 => "There is no open authorization to void.",
        OrderAction.VoidPayment => ledger.CapturedOnAuthorization == 0 ? null : "Part of the authorization was captured; refund instead of voiding.",
        OrderAction.RefundPayment => ledger.Refundable > 0 ? null : "Nothing captured is left to refund.",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
