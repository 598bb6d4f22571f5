using Commerce.Domain.Inventory;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Plays an order forward from placement: payment, perhaps a cancellation, one or two shipments, delivery,
/// perhaps a return. Every step gets a time after the one before; steps later than the anchor have not happened
/// yet, so recent orders naturally stand earlier in their life cycle than old ones.
/// </summary>
internal sealed class OrderLifecycle(DateTime anchor, OrderIds ids, IReadOnlyList<Warehouse> warehouses)
{
    private static readonly IReadOnlyList<string> DeclineReasons = ["card_declined", "insufficient_funds", "expired_card"];

    private static readonly IReadOnlyList<string> CancelReasons =
        ["Customer changed their mind", "Item out of stock", "Suspected fraud", "Duplicate order", "Delivery address not serviceable"];

    public void Play(Random random, Order order, int warehouseId, PaymentMethod method, int leadTimeDays = 0)
    {
        var ledger = new PaymentLedgerBuilder(random, ids.Payments, order, anchor);
        var payments = new List<PaymentTransaction>(2);
        PaymentTransaction? authorization = null;
        var confirmedAt = order.PlacedAt;
        switch (method)
        {
            case PaymentMethod.Card:
                confirmedAt = order.PlacedAt.AddSeconds(random.Between(5, 90));
                if (random.Chance(0.04))
                {
                    ledger.Authorize(confirmedAt, false, random.Pick(DeclineReasons));
                    if (random.Chance(0.5))
                    {
                        Cancel(order, confirmedAt.AddHours(random.Between(20, 30)), "Payment declined");
                        return;
                    }

                    confirmedAt += random.Minutes(10, 120);
                }

                authorization = ledger.Authorize(confirmedAt, true);
                if (random.Chance(0.35))
                {
                    AddIfAny(payments, ledger.Capture(confirmedAt.AddSeconds(2), authorization));
                }

                break;
            case PaymentMethod.BankTransfer:
                confirmedAt = order.PlacedAt.AddHours(random.Between(20, 96));
                AddIfAny(payments, ledger.ManualPayment(confirmedAt, order.TotalMinorUnits));
                break;
            case PaymentMethod.InStore:
                AddIfAny(payments, ledger.ManualPayment(confirmedAt, order.TotalMinorUnits));
                break;
            case PaymentMethod.QuoteDeposit:
                confirmedAt = order.PlacedAt.AddHours(random.Between(1, 8));
                AddIfAny(payments, ledger.ManualPayment(confirmedAt, order.TotalMinorUnits * 30 / 100));
                break;
        }

        order.ConfirmedAt = confirmedAt <= anchor ? confirmedAt : null;
        if (method is PaymentMethod.Card or PaymentMethod.BankTransfer && random.Chance(0.05))
        {
            var cancelAt = confirmedAt + random.Minutes(30, 2_000);
            foreach (var payment in payments)
            {
                ledger.Refund(cancelAt.AddMinutes(2), payment.AmountMinorUnits, payment);
            }

            if (payments.Count == 0)
            {
                ledger.Void(cancelAt, authorization);
            }

            Cancel(order, cancelAt, random.Pick(CancelReasons));
            return;
        }

        var delivered = Ship(random, order, warehouseId, method, confirmedAt, leadTimeDays, ledger, payments, authorization);
        Return(random, order, delivered, ledger, payments);
        OrderOutcome.Settle(order);
    }

    /// <summary>Ships in one parcel, or in two for some multi-unit orders; returns when the last one arrives.</summary>
    private DateTime Ship(
        Random random, Order order, int warehouseId, PaymentMethod method, DateTime confirmedAt, int leadTimeDays,
        PaymentLedgerBuilder ledger, List<PaymentTransaction> payments, PaymentTransaction? authorization)
    {
        var inStore = method == PaymentMethod.InStore;
        var warehouse = warehouses[warehouseId - 1].Address.CountryCode;
        var domestic = order.ShippingAddress?.CountryCode == warehouse;
        var parcels = ShipmentSplit.Plan(random, order, split: !inStore && method != PaymentMethod.QuoteDeposit && random.Chance(0.18));
        var created = inStore ? confirmedAt + random.Minutes(1, 5)
            : confirmedAt.AddDays(leadTimeDays) + random.Minutes(120, 3_600);
        var lastDelivery = created;
        var fulfillments = new FulfillmentBuilder(random, ids.Fulfillments, ids.FulfillmentLines, anchor);
        foreach (var parcel in parcels)
        {
            var shipped = inStore ? created : created + random.Minutes(60, 480);
            var transit = inStore ? TimeSpan.Zero : TimeSpan.FromDays(domestic ? random.Between(1, 4) : random.Between(4, 9)) + random.Minutes(0, 600);
            lastDelivery = shipped + transit;
            fulfillments.Add(order, warehouseId, inStore ? null : warehouse, parcel, created, shipped, lastDelivery);
            if (method == PaymentMethod.Card && payments.Count == 0)
            {
                AddIfAny(payments, ledger.Capture(shipped, authorization));
            }
            else if (method == PaymentMethod.QuoteDeposit && payments.Count == 1)
            {
                AddIfAny(payments, ledger.ManualPayment(shipped, order.TotalMinorUnits - payments[0].AmountMinorUnits));
            }

            created = shipped + TimeSpan.FromDays(random.Between(1, 6));
        }

        return lastDelivery;
    }

    /// <summary>A few delivered orders come back in full; some more get a partial refund (one unit, a goodwill credit).</summary>
    private static void Return(Random random, Order order, DateTime delivered, PaymentLedgerBuilder ledger, List<PaymentTransaction> payments)
    {
        var roll = random.NextDouble();
        if (payments.Count == 0 || roll >= 0.09)
        {
            return;
        }

        var at = delivered.AddDays(random.Between(2, 25));
        if (roll < 0.03)
        {
            payments.ForEach(p => ledger.Refund(at, p.AmountMinorUnits, p));
            return;
        }

        var line = random.Pick(order.Lines);
        var last = payments[^1];
        ledger.Refund(at, Math.Min(line.UnitPriceMinorUnits + (line.TaxMinorUnits / line.Quantity), last.AmountMinorUnits - 1), last);
    }

    private void Cancel(Order order, DateTime at, string reason)
    {
        if (at <= anchor)
        {
            order.CancelledAt = at;
            order.CancelReason = reason;
        }

        OrderOutcome.Settle(order);
    }

    private static void AddIfAny(List<PaymentTransaction> payments, PaymentTransaction? payment)
    {
        if (payment is not null)
        {
            payments.Add(payment);
        }
    }
}
