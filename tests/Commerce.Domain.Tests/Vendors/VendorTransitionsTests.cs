using Commerce.Domain.Vendors;

namespace Commerce.Domain.Tests.Vendors;

public sealed class VendorTransitionsTests
{
    [Theory]
    [InlineData(VendorStatus.Pending, VendorStatus.Approved, true)]
    [InlineData(VendorStatus.Pending, VendorStatus.Rejected, true)]
    [InlineData(VendorStatus.Pending, VendorStatus.Suspended, false)]
    [InlineData(VendorStatus.Approved, VendorStatus.Suspended, true)]
    [InlineData(VendorStatus.Approved, VendorStatus.Rejected, false)]
    [InlineData(VendorStatus.Suspended, VendorStatus.Approved, true)]
    [InlineData(VendorStatus.Rejected, VendorStatus.Approved, false)]
    [InlineData(VendorStatus.Approved, VendorStatus.Approved, false)]
    public void TryMoveTo_FollowsTheStateMachine_FromEachStatus(VendorStatus from, VendorStatus to, bool allowed)
    {
        var vendor = new Vendor { Name = "V", Slug = "v", Email = "v@example.com", Status = from };
        var now = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);

        var moved = vendor.TryMoveTo(to, now);

        Assert.Equal(allowed, moved);
        Assert.Equal(allowed ? (to, now) : (from, default), (vendor.Status, vendor.UpdatedAt));
    }
}
