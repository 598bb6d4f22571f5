namespace Commerce.Domain.Vendors.Economics;

/// <summary>A payout statement is created PENDING and marked PAID once the money went out.</summary>
public enum PayoutStatus
{
    Pending = 0,
    Paid = 1,
}
