using Commerce.Domain.Orders;
using Commerce.Domain.Payments;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Appends an order's payment transactions in time order. Entries dated after the anchor have not happened yet
/// and are left out, and so is anything that depends on them.
/// </summary>
internal sealed class PaymentLedgerBuilder(Random random, IdSequence ids, Order order, DateTime anchor)
{
    public PaymentTransaction? Authorize(DateTime at, bool succeeded, string? failureReason = null) =>
        Add(PaymentTransactionKind.Authorization, at, order.TotalMinorUnits, null, succeeded ? null : failureReason);

    public PaymentTransaction? Capture(DateTime at, PaymentTransaction? authorization) =>
        authorization is null ? null : Add(PaymentTransactionKind.Capture, at, authorization.AmountMinorUnits, authorization, null);

    public PaymentTransaction? Void(DateTime at, PaymentTransaction? authorization) =>
        authorization is null ? null : Add(PaymentTransactionKind.Void, at, authorization.AmountMinorUnits, authorization, null);

    public PaymentTransaction? Refund(DateTime at, long amount, PaymentTransaction? payment) =>
        payment is null ? null : Add(PaymentTransactionKind.Refund, at, Math.Min(amount, payment.AmountMinorUnits), payment, null);

    /// <summary>Money received outside the card gateway: cash in store or a bank transfer.</summary>
    public PaymentTransaction? ManualPayment(DateTime at, long amount) =>
        Add(PaymentTransactionKind.ManualPayment, at, amount, null, null);

    private PaymentTransaction? Add(PaymentTransactionKind kind, DateTime at, long amount, PaymentTransaction? parent, string? failureReason)
    {
        if (at > anchor)
        {
            return null;
        }

        var manual = kind == PaymentTransactionKind.ManualPayment || parent?.Provider == "manual";
        var transaction = new PaymentTransaction
        {
            Id = ids.Next(),
            OrderId = order.Id,
            Kind = kind,
            Status = failureReason is null ? PaymentTransactionStatus.Succeeded : PaymentTransactionStatus.Failed,
            AmountMinorUnits = amount,
            Currency = order.Currency,
            Provider = manual ? "manual" : "test",
            ProviderReference = manual ? $"man_{random.HexString(16)}" : $"tx_{random.HexString(24)}",
            ParentTransactionId = parent?.Id,
            FailureReason = failureReason,
            CreatedAt = at,
        };
        order.Payments.Add(transaction);
        return transaction;
    }
}
