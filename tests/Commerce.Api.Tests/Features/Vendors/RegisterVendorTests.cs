using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Vendors;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Vendors;

public sealed class RegisterVendorTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Register = """
        mutation ($input: RegisterVendorInput!) {
          registerVendor(input: $input) { vendor { id name slug email status defaultCommissionRateBasisPoints } userErrors { code field message } }
        }
        """;

    [Fact]
    public async Task RegisterVendor_StoresPendingVendorWithDerivedSlug_WhenSlugLeftOut()
    {
        var payload = await shop.Client.MutateAsync("registerVendor", Register,
            new { name = "Harbour & Pine Goods", email = " Sales@HarbourPine.example ", defaultCommissionRateBasisPoints = 1250 });

        Assert.Empty(payload.UserErrors());
        Assert.Equal("PENDING", payload["vendor"]!["status"]!.GetValue<string>());
        await using var db = shop.CreateDbContext();
        var stored = await db.Vendors.SingleAsync(v => v.Slug == "harbour-pine-goods");
        Assert.Equal(("sales@harbourpine.example", VendorStatus.Pending, 1250), (stored.Email, stored.Status, stored.DefaultCommissionRateBasisPoints));
        Assert.NotEqual(default, stored.CreatedAt);
    }

    [Fact]
    public async Task RegisterVendor_ReturnsEveryUserErrorAndStoresNothing_WhenInputIsInvalid()
    {
        await using var db = shop.CreateDbContext();
        var takenSlug = await db.Vendors.OrderBy(v => v.Id).Select(v => v.Slug).FirstAsync();
        var before = await db.Vendors.CountAsync();

        var taken = await shop.Client.MutateAsync("registerVendor", Register, new { name = "Any", slug = takenSlug, email = "a@b.example" });
        var invalid = await shop.Client.MutateAsync("registerVendor", Register,
            new { name = " ", slug = "Not A Slug", email = "not-an-email", defaultCommissionRateBasisPoints = 10_001 });

        Assert.Equal(["ALREADY_EXISTS at input.slug"], taken.UserErrors());
        Assert.Null(taken["vendor"]);
        Assert.Equal(
            ["INVALID_VALUE at input.name", "INVALID_VALUE at input.slug", "INVALID_VALUE at input.email", "INVALID_VALUE at input.defaultCommissionRateBasisPoints"],
            invalid.UserErrors());
        Assert.Equal(before, await db.Vendors.CountAsync());
    }
}
