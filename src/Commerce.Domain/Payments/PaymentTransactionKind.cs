namespace Commerce.Domain.Payments;

/// <summary>What a payment ledger entry did.</summary>
public enum PaymentTransactionKind
{
    Authorization = 0,
    Capture = 1,
    Void = 2,
    Refund = 3,
    ManualPayment = 4,
}
