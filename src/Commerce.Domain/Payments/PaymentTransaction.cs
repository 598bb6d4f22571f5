using Commerce.Domain.Common;

namespace Commerce.Domain.Payments;

/// <summary>
/// One entry of an order's append-only payment ledger (authorization, capture, void, refund). The order's
/// payment status is derived from these entries, never edited by hand.
/// </summary>
public class PaymentTransaction : IEntity
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public PaymentTransactionKind Kind { get; set; }
    public PaymentTransactionStatus Status { get; set; }
    public long AmountMinorUnits { get; set; }
    public required string Currency { get; set; }

    /// <summary>Gateway name, e.g. "test" or "manual".</summary>
    public required string Provider { get; set; }

    /// <summary>The provider's own id for this transaction.</summary>
    public string? ProviderReference { get; set; }

    /// <summary>The ledger entry this one acts on (a capture's authorization, a refund's capture).</summary>
    public int? ParentTransactionId { get; set; }

    /// <summary>Why the provider failed it, in its words (never card data).</summary>
    public string? FailureReason { get; set; }

    public DateTime CreatedAt { get; set; }

    public Orders.Order? Order { get; set; }

    public Money Amount => new(AmountMinorUnits, Currency);
}
