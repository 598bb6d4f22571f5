using Commerce.Api.Hosting;
using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Identity;

public sealed class VendorUserTests(DemoShopFactory factory) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task SignInVendorUser_GivesTokenForTheirVendor_WhenUserWasCreated()
    {
        await factory.CreateVendorUserAsync(vendorId: 2, "seller@example.com");
        var session = await factory.SignInVendorUserAsync("seller@example.com");

        var client = factory.CreateGraphQLClient(session.AccessToken);
        var data = await client.QueryAsync("{ myVendor { id } }");
        var customerField = await client.PostAsync("{ me { id } }");

        Assert.Equal(GlobalId.Encode("Vendor", 2), data["myVendor"]!["id"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", customerField.ErrorCode);   // `me` is the customer's field; a vendor user has no customer
    }

    [Fact]
    public async Task SignInVendorUser_Succeeds_WhenUsingTheDemoVendorAccount()
    {
        await using var db = factory.CreateDbContext();
        var vendor = await db.Vendors.OrderBy(v => v.Id).FirstAsync();

        var session = await factory.SignInVendorUserAsync($"{vendor.Slug}@{DemoAccounts.VendorUserDomain}", DemoAccounts.Password);
        var data = await factory.CreateGraphQLClient(session.AccessToken).QueryAsync("{ myVendor { slug } }");

        Assert.Equal(vendor.Slug, data["myVendor"]!["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateVendorUser_ReturnsErrorsAndAddsNoRow_WhenVendorUnknownOrEmailTaken()
    {
        await factory.CreateVendorUserAsync(vendorId: 1, "taken@example.com");
        await using var db = factory.CreateDbContext();
        var before = await db.VendorUsers.CountAsync();
        var client = new GraphQLClient(factory.CreateClient());
        const string create = "mutation($input: CreateVendorUserInput!) { createVendorUser(input: $input) { vendorUser { id } userErrors { code field } } }";

        var unknownVendor = await client.QueryAsync(create, new { input = new { vendorId = GlobalId.Encode("Order", 1), email = "x@example.com", name = "X", password = "long enough password" } });
        var taken = await client.QueryAsync(create, new { input = new { vendorId = GlobalId.Encode("Vendor", 1), email = "TAKEN@example.com", name = "Y", password = "long enough password" } });

        Assert.Equal("NOT_FOUND", unknownVendor["createVendorUser"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("ALREADY_EXISTS", taken["createVendorUser"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(before, await db.VendorUsers.CountAsync());
        Assert.DoesNotContain(await db.VendorUsers.Select(u => u.PasswordHash).ToListAsync(), h => h.Contains("long enough password", StringComparison.Ordinal));
    }
}
