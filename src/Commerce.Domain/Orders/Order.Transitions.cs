using Commerce.Domain.Common;
using Commerce.Domain.Payments;

namespace Commerce.Domain.Orders;

/// <summary>The order's state machine: every change checks <see cref="OrderWorkflow"/>, bumps the version and raises an event.</summary>
public partial class Order
{
    private readonly List<DomainEvent> _events = [];

    public IReadOnlyList<DomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    /// <summary>Records the placement of a freshly built order.</summary>
    public void Place(DateTime now)
    {
        PlacedAt = UpdatedAt = now;
        Raise(OrderEvents.Created);
    }

    public void Confirm(DateTime now)
    {
        Ensure(OrderAction.Confirm, ledger: null);
        Status = OrderStatus.Confirmed;
        ConfirmedAt = now;
        Touch(now, OrderEvents.Updated);
    }

    /// <summary>Adds shipped units to the lines (<paramref name="shipped"/>: order line id → units).</summary>
    public void RecordFulfillment(IReadOnlyDictionary<int, int> shipped, DateTime now)
    {
        Ensure(OrderAction.Fulfill, ledger: null);
        foreach (var line in Lines)
        {
            var units = shipped.GetValueOrDefault(line.Id);
            if (units < 0 || line.FulfilledQuantity + units > line.Quantity)
            {
                throw new InvalidOperationException($"Line {line.Id} cannot ship {units} more unit(s).");
            }

            line.FulfilledQuantity += units;
        }

        var done = Lines.All(l => l.FulfilledQuantity == l.Quantity);
        FulfillmentStatus = done ? FulfillmentStatus.Fulfilled : FulfillmentStatus.PartiallyFulfilled;
        Status = done ? OrderStatus.Fulfilled : OrderStatus.PartiallyFulfilled;
        Touch(now, OrderEvents.Fulfilled);
    }

    public void MarkDelivered(DateTime now)
    {
        Ensure(OrderAction.MarkDelivered, ledger: null);
        Status = OrderStatus.Delivered;
        DeliveredAt = now;
        Touch(now, OrderEvents.Updated);
    }

    /// <summary>Cancels the order; the caller voids or refunds payments and releases stock in the same unit of work.</summary>
    public void Cancel(string reason, DateTime now)
    {
        Ensure(OrderAction.Cancel, ledger: null);
        Status = OrderStatus.Cancelled;
        CancelReason = reason;
        CancelledAt = now;
        Touch(now, OrderEvents.Cancelled);
    }

    /// <summary>Re-derives the payment facet after a ledger entry was added and raises the payment event.</summary>
    public void RecordPayment(PaymentTransaction entry, PaymentLedger ledger, DateTime now)
    {
        PaymentStatus = ledger.StatusFor(TotalMinorUnits);
        var type = entry switch
        {
            { Status: PaymentTransactionStatus.Failed } => OrderEvents.PaymentFailed,
            { Kind: PaymentTransactionKind.Refund } => OrderEvents.PaymentRefunded,
            _ => OrderEvents.PaymentSucceeded,
        };
        Touch(now, type, new { transaction = entry.Kind.ToString(), amountMinorUnits = entry.AmountMinorUnits, entry.Currency, entry.ProviderReference });
        if (entry is { Kind: PaymentTransactionKind.Refund, Status: PaymentTransactionStatus.Succeeded })
        {
            Raise(OrderEvents.Refunded, new { refundedMinorUnits = ledger.Refunded, Currency });
        }
    }

    /// <summary>
    /// Notes that the buyer disputed a payment with the provider (a chargeback was opened). No money moves in the ledger
    /// until the provider reports the outcome: a lost dispute arrives as a refund.
    /// </summary>
    public void RecordDispute(long amountMinorUnits, string? providerReference, string? reason, DateTime now) =>
        Touch(now, OrderEvents.PaymentDisputed, new { amountMinorUnits, Currency, providerReference, reason });

    public OrderTransition Check(OrderAction action, PaymentLedger? ledger) => OrderWorkflow.Check(this, action, ledger);

    public IReadOnlyList<OrderTransition> AvailableTransitions(PaymentLedger ledger) =>
        [.. Enum.GetValues<OrderAction>().Select(a => OrderWorkflow.Check(this, a, ledger))];

    private void Ensure(OrderAction action, PaymentLedger? ledger)
    {
        var transition = Check(action, ledger);
        if (!transition.Allowed)
        {
            throw new InvalidOperationException(transition.Reason);
        }
    }

    private void Touch(DateTime now, string eventType, object? data = null)
    {
        Version++;
        UpdatedAt = now;
        Raise(eventType, data);
    }

    private void Raise(string type, object? data = null) => _events.Add(new DomainEvent(type, nameof(Order), new
    {
        Number,
        status = Status.ToString(),
        paymentStatus = PaymentStatus.ToString(),
        fulfillmentStatus = FulfillmentStatus.ToString(),
        totalMinorUnits = TotalMinorUnits,
        Currency,
        Version,
        detail = data,
    }));
}
