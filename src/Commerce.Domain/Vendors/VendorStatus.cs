namespace Commerce.Domain.Vendors;

/// <summary>A vendor registers (pending), is approved or rejected, and may later be suspended.</summary>
public enum VendorStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Suspended = 3,
}
