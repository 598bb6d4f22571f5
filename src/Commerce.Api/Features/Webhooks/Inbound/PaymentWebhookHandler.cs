using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Orders;
using Commerce.Api.Features.Payments;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// Applies a payment provider's event to the order's ledger through <see cref="PaymentEntries"/>, the one place
/// ledger entries are written (so the payment status, the payment.* events and vendor commissions follow as they do
/// for the graph's payment mutations). What each type does, and how out-of-order events are handled, is in
/// docs/webhooks.md ("Inbound").
/// </summary>
public static class PaymentWebhookHandler
{
    public static async Task<InboundOutcome> ApplyAsync(CommerceDbContext db, string provider, PaymentWebhookEvent evt, DateTime now, CancellationToken ct)
    {
        if (!PaymentWebhookEvent.Handled.Contains(evt.Type!))
        {
            return InboundOutcome.Ignored($"Event type {evt.Type} is not one this shop applies.");
        }

        var data = evt.Data!;
        var order = await FindOrderAsync(db, data, ct);
        if (order is null)
        {
            return InboundOutcome.Failed(new UserError(UserErrorCode.NotFound, $"No order {data.OrderId ?? data.OrderNumber} exists.", ["data", data.OrderId is null ? "orderNumber" : "orderId"]));
        }

        if (!string.Equals(data.Amount!.CurrencyCode, order.Currency, StringComparison.OrdinalIgnoreCase))
        {
            return InboundOutcome.Failed(new UserError(UserErrorCode.InvalidValue, $"Order {order.Number} is in {order.Currency}, not {data.Amount.CurrencyCode}.", ["data", "amount", "currencyCode"]));
        }

        var (amount, error) = PaymentEntries.ToMinorUnits(data.Amount.Amount, order.Currency, 0);
        if (error is not null)
        {
            return InboundOutcome.Failed(error with { Field = ["data", "amount", "amount"] });
        }

        var step = new PaymentEvent(db, provider, order, new PaymentLedger(order.Payments), amount, data.ProviderReference!, now);
        return evt.Type switch
        {
            PaymentWebhookEvent.Succeeded => await SucceededAsync(step, ct),
            PaymentWebhookEvent.Failed => await FailedAsync(step, data.Reason, ct),
            PaymentWebhookEvent.Refunded => await RefundedAsync(step, ct),
            _ => await DisputeOpenedAsync(step, data.Reason, ct),
        };
    }

    private static async Task<InboundOutcome> SucceededAsync(PaymentEvent step, CancellationToken ct)
    {
        if (step.Order.Payments.Any(p => p is { Kind: PaymentTransactionKind.Capture or PaymentTransactionKind.ManualPayment, Status: PaymentTransactionStatus.Succeeded }
            && p.ProviderReference == step.Reference))
        {
            return InboundOutcome.Ignored($"Payment {step.Reference} is already in order {step.Order.Number}'s ledger.", step.Order.Id);
        }

        // Money the provider took against our open authorization draws on it; otherwise it stands alone.
        var parent = step.Ledger.Capturable >= step.Amount ? step.Ledger.OpenAuthorization?.Id : null;
        await PaymentEntries.RecordAsync(step.Db, step.Order, PaymentTransactionKind.Capture, step.Amount, GatewayResult.Success(step.Reference), step.Provider, parent, ct);
        return InboundOutcome.Processed($"Recorded a capture of {step.Money} on order {step.Order.Number}.", step.Order.Id);
    }

    private static async Task<InboundOutcome> FailedAsync(PaymentEvent step, string? reason, CancellationToken ct)
    {
        if (step.Order.Payments.Any(p => p.ProviderReference == step.Reference))
        {
            return InboundOutcome.Ignored($"Payment {step.Reference} is already in order {step.Order.Number}'s ledger.", step.Order.Id);
        }

        if (step.Ledger.Outstanding(step.Order.TotalMinorUnits) == 0)
        {
            return InboundOutcome.Ignored($"Order {step.Order.Number} is already paid; a late failure changes nothing.", step.Order.Id);
        }

        var result = new GatewayResult(false, step.Reference, GatewayDecline.Declined, reason ?? "The provider reported the payment failed.");
        await PaymentEntries.RecordAsync(step.Db, step.Order, PaymentTransactionKind.Capture, step.Amount, result, step.Provider, null, ct);
        return InboundOutcome.Processed($"Recorded a failed payment of {step.Money} on order {step.Order.Number}.", step.Order.Id);
    }

    private static async Task<InboundOutcome> RefundedAsync(PaymentEvent step, CancellationToken ct)
    {
        if (step.Order.Payments.Any(p => p is { Kind: PaymentTransactionKind.Refund, Status: PaymentTransactionStatus.Succeeded }
            && p.ProviderReference is { } reference && (reference == step.Reference || reference.StartsWith($"{step.Reference}_", StringComparison.Ordinal))))
        {
            return InboundOutcome.Ignored($"Refund {step.Reference} is already in order {step.Order.Number}'s ledger.", step.Order.Id);
        }

        if (step.Amount > step.Ledger.Refundable)
        {
            return InboundOutcome.Deferred($"A refund of {step.Money} arrived before the payment it refunds (only {new Money(step.Ledger.Refundable, step.Order.Currency)} "
                + "is refundable); it is applied when that payment arrives.", step.Order.Id);
        }

        await PaymentEntries.RecordProviderRefundAsync(step.Db, step.Order, step.Ledger, step.Amount, step.Provider, step.Reference, ct);
        return InboundOutcome.Processed($"Recorded a refund of {step.Money} on order {step.Order.Number}.", step.Order.Id);
    }

    private static async Task<InboundOutcome> DisputeOpenedAsync(PaymentEvent step, string? reason, CancellationToken ct)
    {
        if (step.Ledger.Captured == 0)
        {
            return InboundOutcome.Deferred($"A dispute over {step.Money} arrived before any payment on order {step.Order.Number}; it is applied when the payment arrives.", step.Order.Id);
        }

        step.Order.RecordDispute(step.Amount, step.Reference, reason, step.Now);
        await step.Db.SaveChangesAsync(ct);
        return InboundOutcome.Processed($"Recorded a dispute over {step.Money} on order {step.Order.Number}.", step.Order.Id);
    }

    private static Task<Order?> FindOrderAsync(CommerceDbContext db, PaymentWebhookData data, CancellationToken ct)
    {
        var orders = db.Orders.Include(o => o.Lines.OrderBy(l => l.Id)).Include(o => o.Payments);
        if (data.OrderId is { } id)
        {
            return GlobalId.TryDecode(id, out var type, out var key) && type == OrderType.TypeName && int.TryParse(key, out var orderId)
                ? orders.FirstOrDefaultAsync(o => o.Id == orderId, ct)
                : Task.FromResult<Order?>(null);
        }

        return orders.FirstOrDefaultAsync(o => o.Number == data.OrderNumber, ct);
    }

    private sealed record PaymentEvent(CommerceDbContext Db, string Provider, Order Order, PaymentLedger Ledger, long Amount, string Reference, DateTime Now)
    {
        public Money Money => new(Amount, Order.Currency);
    }
}
