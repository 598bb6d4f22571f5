using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Vendors;

public sealed class ChangeVendorStatusTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    [Theory]
    [InlineData(VendorStatus.Pending, "approveVendor", VendorStatus.Approved)]
    [InlineData(VendorStatus.Pending, "rejectVendor", VendorStatus.Rejected)]
    [InlineData(VendorStatus.Approved, "suspendVendor", VendorStatus.Suspended)]
    [InlineData(VendorStatus.Suspended, "approveVendor", VendorStatus.Approved)]
    public async Task ChangeStatus_MovesVendor_WhenTransitionIsAllowed(VendorStatus from, string mutation, VendorStatus expected)
    {
        var vendor = await AddVendorAsync(from);

        var payload = await ChangeAsync(mutation, vendor.Id);

        Assert.Empty(payload.UserErrors());
        Assert.Equal(expected.ToString().ToUpperInvariant(), payload["vendor"]!["status"]!.GetValue<string>());
        await using var db = shop.CreateDbContext();
        var stored = await db.Vendors.SingleAsync(v => v.Id == vendor.Id);
        Assert.Equal(expected, stored.Status);
        Assert.True(stored.UpdatedAt > vendor.UpdatedAt);
    }

    [Theory]
    [InlineData(VendorStatus.Rejected, "approveVendor")]
    [InlineData(VendorStatus.Pending, "suspendVendor")]
    [InlineData(VendorStatus.Approved, "rejectVendor")]
    [InlineData(VendorStatus.Suspended, "suspendVendor")]
    public async Task ChangeStatus_ReturnsIllegalTransitionAndChangesNothing_WhenTransitionIsNotAllowed(VendorStatus from, string mutation)
    {
        var vendor = await AddVendorAsync(from);

        var payload = await ChangeAsync(mutation, vendor.Id);

        Assert.Equal(["ILLEGAL_TRANSITION at input.vendorId"], payload.UserErrors());
        Assert.Null(payload["vendor"]);
        await using var db = shop.CreateDbContext();
        var stored = await db.Vendors.SingleAsync(v => v.Id == vendor.Id);
        Assert.Equal((from, vendor.UpdatedAt), (stored.Status, stored.UpdatedAt));
    }

    [Fact]
    public async Task ChangeStatus_ReturnsNotFoundOrInvalidId_WhenVendorIdIsUnknownOrOfAnotherType()
    {
        var missing = await ChangeAsync("approveVendor", GlobalId.Encode("Vendor", int.MaxValue));
        var wrongType = await shop.Client.MutateAsync("approveVendor", """
            mutation ($input: ApproveVendorInput!) { approveVendor(input: $input) { userErrors { code field } } }
            """, new { vendorId = GlobalId.Encode("Product", 1) });

        Assert.Equal(["NOT_FOUND at input.vendorId"], missing.UserErrors());
        Assert.Equal(["INVALID_ID at input.vendorId"], wrongType.UserErrors());
    }

    private Task<System.Text.Json.Nodes.JsonNode> ChangeAsync(string mutation, int vendorId) => ChangeAsync(mutation, GlobalId.Encode("Vendor", vendorId));

    private Task<System.Text.Json.Nodes.JsonNode> ChangeAsync(string mutation, string vendorId)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        return shop.Client.MutateAsync(mutation, $$"""
            mutation ($input: {{inputType}}!) { {{mutation}}(input: $input) { vendor { status } userErrors { code field message } } }
            """, new { vendorId });
    }

    private async Task<Vendor> AddVendorAsync(VendorStatus status)
    {
        await using var db = shop.CreateDbContext();
        var stamp = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var vendor = new Vendor
        {
            Name = "Status test", Slug = $"status-test-{Guid.NewGuid():N}", Email = "status@test.example", Status = status,
            CreatedAt = stamp, UpdatedAt = stamp,
        };
        db.Vendors.Add(vendor);
        await db.SaveChangesAsync();
        return vendor;
    }
}
