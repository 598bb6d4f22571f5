namespace Commerce.Domain.Vendors;

/// <summary>
/// The vendor state machine: a pending registration is approved or rejected; an approved vendor may be suspended
/// and a suspended one reinstated (approved again). Rejection is final: the vendor registers anew.
/// </summary>
public static class VendorTransitions
{
    private static readonly Dictionary<VendorStatus, VendorStatus[]> Allowed = new()
    {
        [VendorStatus.Pending] = [VendorStatus.Approved, VendorStatus.Rejected],
        [VendorStatus.Approved] = [VendorStatus.Suspended],
        [VendorStatus.Suspended] = [VendorStatus.Approved],
        [VendorStatus.Rejected] = [],
    };

    /// <summary>The statuses a vendor in <paramref name="from"/> may move to.</summary>
    public static IReadOnlyList<VendorStatus> From(VendorStatus from) => Allowed[from];

    public static bool CanMove(VendorStatus from, VendorStatus to) => Allowed[from].Contains(to);
}
