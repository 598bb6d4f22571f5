namespace Commerce.Domain.Payments;

/// <summary>The provider's answer to a payment ledger entry.</summary>
public enum PaymentTransactionStatus
{
    Pending = 0,
    Succeeded = 1,
    Failed = 2,
}
