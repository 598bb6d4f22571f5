using Commerce.Domain.Orders;
using Commerce.Domain.Payments;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// An order's payment status as its ledger implies it. Only succeeded entries move money: captured = captures +
/// manual payments, refunded = refunds; a failed entry only matters when nothing else happened.
/// </summary>
public static class PaymentStatusRules
{
    public static PaymentStatus Derive(long orderTotal, IEnumerable<PaymentTransaction> ledger)
    {
        long captured = 0, refunded = 0, authorized = 0;
        bool voided = false, failed = false;
        foreach (var t in ledger)
        {
            if (t.Status != PaymentTransactionStatus.Succeeded)
            {
                failed |= t.Status == PaymentTransactionStatus.Failed;
                continue;
            }

            switch (t.Kind)
            {
                case PaymentTransactionKind.Capture or PaymentTransactionKind.ManualPayment: captured += t.AmountMinorUnits; break;
                case PaymentTransactionKind.Refund: refunded += t.AmountMinorUnits; break;
                case PaymentTransactionKind.Authorization: authorized += t.AmountMinorUnits; break;
                case PaymentTransactionKind.Void: voided = true; break;
            }
        }

        return (captured, refunded, authorized, voided, failed) switch
        {
            _ when refunded > 0 => refunded >= captured ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded,
            _ when captured > 0 => captured >= orderTotal ? PaymentStatus.Paid : PaymentStatus.PartiallyPaid,
            _ when voided => PaymentStatus.Voided,
            _ when authorized > 0 => PaymentStatus.Authorized,
            _ when failed => PaymentStatus.Failed,
            _ => PaymentStatus.Pending,
        };
    }
}
