using Commerce.Domain.Orders;

namespace Commerce.Domain.Payments;

/// <summary>
/// Figures derived from an order's payment ledger. Only succeeded entries count. The open authorization is the
/// latest succeeded authorization that has not been voided; captures draw on it.
/// </summary>
public sealed class PaymentLedger
{
    private readonly IReadOnlyList<PaymentTransaction> _entries;

    public PaymentLedger(IEnumerable<PaymentTransaction> entries)
    {
        _entries = [.. entries];
        var ok = _entries.Where(t => t.Status == PaymentTransactionStatus.Succeeded).ToList();
        Captured = ok.Where(t => t.Kind is PaymentTransactionKind.Capture or PaymentTransactionKind.ManualPayment).Sum(t => t.AmountMinorUnits);
        Refunded = ok.Where(t => t.Kind == PaymentTransactionKind.Refund).Sum(t => t.AmountMinorUnits);
        HasVoid = ok.Any(t => t.Kind == PaymentTransactionKind.Void);
        HasFailure = _entries.Any(t => t.Status == PaymentTransactionStatus.Failed);
        var voided = ok.Where(t => t.Kind == PaymentTransactionKind.Void).Select(t => t.ParentTransactionId).ToHashSet();
        OpenAuthorization = ok.Where(t => t.Kind == PaymentTransactionKind.Authorization && !voided.Contains(t.Id))
            .OrderBy(t => t.Id).LastOrDefault();
        if (OpenAuthorization is { } auth)
        {
            CapturedOnAuthorization = ok.Where(t => t.Kind == PaymentTransactionKind.Capture && t.ParentTransactionId == auth.Id)
                .Sum(t => t.AmountMinorUnits);
        }
    }

    /// <summary>Money received: captures and manual payments.</summary>
    public long Captured { get; }

    public long Refunded { get; }

    public bool HasVoid { get; }

    public bool HasFailure { get; }

    public PaymentTransaction? OpenAuthorization { get; }

    public long CapturedOnAuthorization { get; }

    /// <summary>What the open authorization still allows to capture.</summary>
    public long Capturable => OpenAuthorization is { } auth ? Math.Max(0, auth.AmountMinorUnits - CapturedOnAuthorization) : 0;

    /// <summary>What may still be refunded: captured minus refunded.</summary>
    public long Refundable => Captured - Refunded;

    /// <summary>
    /// Each succeeded capture or manual payment with what may still be refunded against it (its amount minus the
    /// succeeded refunds whose parent it is), newest first: a refund is spread over these, never more than each holds.
    /// </summary>
    public IReadOnlyList<(PaymentTransaction Capture, long Refundable)> RefundableCaptures()
    {
        var ok = _entries.Where(t => t.Status == PaymentTransactionStatus.Succeeded).ToList();
        return [.. ok.Where(t => t.Kind is PaymentTransactionKind.Capture or PaymentTransactionKind.ManualPayment)
            .OrderByDescending(t => t.Id)
            .Select(c => (c, c.AmountMinorUnits - ok.Where(r => r.Kind == PaymentTransactionKind.Refund && r.ParentTransactionId == c.Id).Sum(r => r.AmountMinorUnits)))
            .Where(x => x.Item2 > 0)];
    }

    /// <summary>The amount still owed on an order of <paramref name="total"/>.</summary>
    public long Outstanding(long total) => Math.Max(0, total - Captured);

    /// <summary>The order's payment facet: refunds first, then money received, then authorizations and failures.</summary>
    public PaymentStatus StatusFor(long total)
    {
        if (Refunded > 0)
        {
            return Refunded >= Captured ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
        }

        if (Captured > 0)
        {
            return Captured >= total ? PaymentStatus.Paid : PaymentStatus.PartiallyPaid;
        }

        if (Capturable > 0)
        {
            return PaymentStatus.Authorized;
        }

        return HasVoid ? PaymentStatus.Voided : HasFailure ? PaymentStatus.Failed : PaymentStatus.Pending;
    }
}
