using Commerce.Domain.Common;

namespace Commerce.Domain.Vendors.Economics;

/// <summary>
/// One entry of a vendor's commission ledger, append-only. A <see cref="VendorEarningKind.Sale"/> entry is written
/// per order line when the order becomes paid; a <see cref="VendorEarningKind.Refund"/> entry per line and refund
/// holds negative gross and commission. <see cref="EntryKey"/> is unique, so nothing is booked twice; an entry
/// belongs to at most one payout statement (<see cref="PayoutStatementId"/>).
/// </summary>
public class VendorEarning : IEntity
{
    public int Id { get; set; }
    public int VendorId { get; set; }
    public int OrderId { get; set; }
    public int OrderLineId { get; set; }

    /// <summary>The payment ledger entry that caused this one (the capture that made the order paid, or the refund).</summary>
    public int PaymentTransactionId { get; set; }

    public VendorEarningKind Kind { get; set; }

    /// <summary>"sale:{orderLineId}" or "refund:{paymentTransactionId}:{orderLineId}"; unique.</summary>
    public required string EntryKey { get; set; }

    public required string Currency { get; set; }
    public long GrossMinorUnits { get; set; }
    public int RateBasisPoints { get; set; }
    public long CommissionMinorUnits { get; set; }
    public long FeeMinorUnits { get; set; }

    /// <summary>What the vendor is owed for the entry: gross − commission − fee.</summary>
    public long NetMinorUnits { get; set; }

    public DateTime RecordedAt { get; set; }
    public int? PayoutStatementId { get; set; }

    public Money Gross => new(GrossMinorUnits, Currency);
    public Money Commission => new(CommissionMinorUnits, Currency);
    public Money Fee => new(FeeMinorUnits, Currency);
    public Money Net => new(NetMinorUnits, Currency);
}
