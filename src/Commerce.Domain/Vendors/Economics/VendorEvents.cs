namespace Commerce.Domain.Vendors.Economics;

/// <summary>Outbox event types of vendor payouts.</summary>
public static class VendorEvents
{
    public const string PayoutCreated = "vendor.payout.created";
    public const string PayoutPaid = "vendor.payout.paid";
}
