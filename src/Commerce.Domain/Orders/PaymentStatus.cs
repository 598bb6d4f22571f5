namespace Commerce.Domain.Orders;

/// <summary>The order's payment facet, derived from its payment transaction ledger.</summary>
public enum PaymentStatus
{
    Pending = 0,
    Authorized = 1,
    PartiallyPaid = 2,
    Paid = 3,
    PartiallyRefunded = 4,
    Refunded = 5,
    Voided = 6,
    Failed = 7,
}
