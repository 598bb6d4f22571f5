using Commerce.Domain.Common;

namespace Commerce.Domain.Vendors.Economics;

/// <summary>
/// What the marketplace owes a vendor for one period: the earning entries recorded in [<see cref="PeriodStart"/>,
/// <see cref="PeriodEnd"/>) that no earlier statement covered. Totals are copied from those entries when created.
/// </summary>
public class PayoutStatement : IEntity
{
    public int Id { get; set; }
    public int VendorId { get; set; }
    public PayoutPeriod Period { get; set; }
    public DateTime PeriodStart { get; set; }
    public DateTime PeriodEnd { get; set; }
    public PayoutStatus Status { get; set; } = PayoutStatus.Pending;
    public required string Currency { get; set; }
    public int LineCount { get; set; }
    public long GrossMinorUnits { get; set; }
    public long CommissionMinorUnits { get; set; }
    public long FeeMinorUnits { get; set; }
    public long NetMinorUnits { get; set; }

    /// <summary>The bank or provider reference of the transfer, set when paid.</summary>
    public string? PaymentReference { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? PaidAt { get; set; }

    public Money Gross => new(GrossMinorUnits, Currency);
    public Money Commission => new(CommissionMinorUnits, Currency);
    public Money Fee => new(FeeMinorUnits, Currency);
    public Money Net => new(NetMinorUnits, Currency);
}
