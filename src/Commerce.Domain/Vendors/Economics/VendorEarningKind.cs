namespace Commerce.Domain.Vendors.Economics;

/// <summary>Why an earning entry exists: a paid order line, or a refund adjusting one.</summary>
public enum VendorEarningKind
{
    Sale = 0,
    Refund = 1,
}
