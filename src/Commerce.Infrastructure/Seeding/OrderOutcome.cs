using Commerce.Domain.Fulfillments;
using Commerce.Domain.Orders;

namespace Commerce.Infrastructure.Seeding;

/// <summary>Sets an order's status facets and timestamps from what its ledger and shipments show at the anchor.</summary>
internal static class OrderOutcome
{
    public static void Settle(Order order)
    {
        var ordered = order.Lines.Sum(l => l.Quantity);
        var shipped = order.Lines.Sum(l => l.FulfilledQuantity);
        order.FulfillmentStatus = shipped == 0 ? FulfillmentStatus.Unfulfilled
            : shipped < ordered ? FulfillmentStatus.PartiallyFulfilled : FulfillmentStatus.Fulfilled;
        var allDelivered = order.Fulfillments.Count > 0 && order.Fulfillments.TrueForAll(f => f.State == FulfillmentState.Delivered);
        order.DeliveredAt = order.FulfillmentStatus == FulfillmentStatus.Fulfilled && allDelivered
            ? order.Fulfillments.Max(f => f.DeliveredAt)
            : null;
        order.Status = order switch
        {
            { CancelledAt: not null } => OrderStatus.Cancelled,
            { DeliveredAt: not null } => OrderStatus.Delivered,
            { FulfillmentStatus: FulfillmentStatus.Fulfilled } => OrderStatus.Fulfilled,
            { FulfillmentStatus: FulfillmentStatus.PartiallyFulfilled } => OrderStatus.PartiallyFulfilled,
            { ConfirmedAt: not null } => OrderStatus.Confirmed,
            _ => OrderStatus.Placed,
        };
        order.PaymentStatus = PaymentStatusRules.Derive(order.TotalMinorUnits, order.Payments);
        order.UpdatedAt = Latest(order);
    }

    private static DateTime Latest(Order order)
    {
        var latest = Max(Max(order.PlacedAt, order.ConfirmedAt), order.CancelledAt);
        foreach (var payment in order.Payments)
        {
            latest = Max(latest, payment.CreatedAt);
        }

        foreach (var f in order.Fulfillments)
        {
            latest = Max(Max(Max(latest, f.CreatedAt), f.ShippedAt), f.DeliveredAt);
        }

        return latest;
    }

    private static DateTime Max(DateTime a, DateTime? b) => b is { } value && value > a ? value : a;
}
