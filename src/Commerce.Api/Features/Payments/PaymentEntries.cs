using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Api.Features.Payments;

/// <summary>Appends gateway answers to an order's payment ledger and re-derives the order's payment status.</summary>
public static class PaymentEntries
{
    public static async Task<PaymentTransaction> RecordAsync(
        CommerceDbContext db, Order order, PaymentTransactionKind kind, long amount, GatewayResult result, string provider,
        int? parentId, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var entry = new PaymentTransaction
        {
            OrderId = order.Id, Kind = kind, Status = result.Succeeded ? PaymentTransactionStatus.Succeeded : PaymentTransactionStatus.Failed,
            AmountMinorUnits = amount, Currency = order.Currency, Provider = provider, ProviderReference = result.Reference,
            ParentTransactionId = parentId, FailureReason = result.Message, CreatedAt = now,
        };
        order.Payments.Add(entry);
        await db.SaveChangesAsync(ct);
        var ledger = new PaymentLedger(order.Payments);
        order.RecordPayment(entry, ledger, now);
        await Vendors.Economics.CommissionLedger.RecordAsync(db, order, entry, ledger, now, ct);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public const string ManualProvider = "manual";

    /// <summary>
    /// Refunds <paramref name="amount"/> over the order's captures, newest first, each the way its money was taken: a
    /// card capture through the gateway, a manual payment as a manual refund. Stops at the first decline, which it
    /// returns with the entry that recorded it. Used by <c>refundPayment</c> and <c>cancelOrder</c> alike.
    /// </summary>
    public static Task<(PaymentTransaction? Entry, GatewayResult Result)> RefundAsync(
        CommerceDbContext db, Order order, PaymentLedger ledger, long amount, IPaymentGateway gateway, string reference, CancellationToken ct) =>
        SpreadRefundAsync(db, order, ledger, amount, reference, async (capture, take, partReference) =>
            capture.Kind == PaymentTransactionKind.ManualPayment
                ? (GatewayResult.Success($"manual_refund_{partReference}"), ManualProvider)
                : (await gateway.RefundAsync(capture.ProviderReference ?? "", take, order.Currency, partReference, ct), gateway.Name), ct);

    /// <summary>
    /// Records a refund <paramref name="provider"/> already made (its webhook said so), spread over the captures
    /// exactly like <see cref="RefundAsync"/> but without asking a gateway. The caller checks it fits the refundable amount.
    /// </summary>
    public static async Task<PaymentTransaction?> RecordProviderRefundAsync(
        CommerceDbContext db, Order order, PaymentLedger ledger, long amount, string provider, string reference, CancellationToken ct) =>
        (await SpreadRefundAsync(db, order, ledger, amount, reference,
            (_, _, partReference) => Task.FromResult((GatewayResult.Success(partReference), provider)), ct)).Entry;

    private static async Task<(PaymentTransaction? Entry, GatewayResult Result)> SpreadRefundAsync(
        CommerceDbContext db, Order order, PaymentLedger ledger, long amount, string reference,
        Func<PaymentTransaction, long, string, Task<(GatewayResult Result, string Provider)>> refund, CancellationToken ct)
    {
        (PaymentTransaction? Entry, GatewayResult Result) last = (null, GatewayResult.Success(reference));
        var part = 0;
        foreach (var (capture, refundable) in ledger.RefundableCaptures())
        {
            if (amount <= 0)
            {
                break;
            }

            var take = Math.Min(amount, refundable);
            var partReference = part++ == 0 ? reference : $"{reference}_{part}";
            var (result, provider) = await refund(capture, take, partReference);
            last = (await RecordAsync(db, order, PaymentTransactionKind.Refund, take, result, provider, capture.Id, ct), result);
            if (!result.Succeeded)
            {
                return last;
            }

            amount -= take;
        }

        return last;
    }

    /// <summary>The reference the gateway de-duplicates on: stable for a keyed request, unique otherwise.</summary>
    public static string GatewayReference(string scope, int orderId, string? key) =>
        $"{scope}:{orderId}:{(string.IsNullOrWhiteSpace(key) ? Guid.NewGuid().ToString("N") : key)}";

    /// <summary>
    /// An amount in major units of <paramref name="currency"/> as minor units; null input means <paramref name="fallback"/>.
    /// Refuses zero, negative and sub-minor-unit amounts.
    /// </summary>
    public static (long Amount, UserError? Error) ToMinorUnits(decimal? amount, string currency, long fallback)
    {
        if (amount is not { } value)
        {
            return (fallback, null);
        }

        var minor = value * Currencies.MinorUnitFactor(currency);
        return minor <= 0 || minor != decimal.Truncate(minor)
            ? (0, UserError.At(UserErrorCode.InvalidValue, $"The amount must be positive and a whole number of {currency} minor units.", "amount"))
            : (decimal.ToInt64(minor), null);
    }

    /// <summary>The user error for a gateway decline.</summary>
    public static UserError Declined(GatewayResult result) => new(
        result.Decline == GatewayDecline.InsufficientFunds ? UserErrorCode.InsufficientFunds : UserErrorCode.PaymentDeclined,
        result.Message ?? "The payment was declined.", ["input", "card"]);
}
