using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Vendors;

[Collection(GraphCollection.Name)]
public sealed class VendorQueriesTests(GraphFixture fixture)
{
    [Fact]
    public async Task Vendors_ReturnsApprovedVendorsByName_WhenFilteredAndSorted()
    {
        await using var db = fixture.CreateDbContext();
        var expected = await db.Vendors.Where(v => v.Status == VendorStatus.Approved)
            .OrderBy(v => v.Name).ThenBy(v => v.Id).Select(v => v.Name).ToListAsync();

        var data = await fixture.Client.QueryAsync("""
            { vendors(where: { status: { eq: APPROVED } }, order: [{ name: ASC }]) { totalCount nodes { name status } } }
            """);

        var names = data["vendors"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, names);
        Assert.Equal(expected.Count, data["vendors"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Vendor_ReturnsSameVendor_WhenLookedUpBySlugOrId()
    {
        await using var db = fixture.CreateDbContext();
        var vendor = await db.Vendors.OrderBy(v => v.Id).FirstAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($slug: String!, $id: ID!) { bySlug: vendor(slug: $slug) { id name } byId: vendor(id: $id) { id name } }
            """, new { slug = vendor.Slug, id = GlobalId.Encode("Vendor", vendor.Id) });

        Assert.Equal(vendor.Name, data["bySlug"]!["name"]!.GetValue<string>());
        Assert.Equal(data["bySlug"]!["id"]!.GetValue<string>(), data["byId"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Vendor_ReturnsInvalidId_WhenGivenAnotherTypesId()
    {
        var response = await fixture.Client.PostAsync("""
            query ($id: ID!) { vendor(id: $id) { name } }
            """, new { id = GlobalId.Encode("Order", 1) });

        Assert.Equal("INVALID_ID", response.ErrorCode);
        Assert.Null(response.Data?["vendor"]);
    }

    [Fact]
    public async Task Vendor_ReturnsInvalidArguments_WhenBothIdAndSlugGiven()
    {
        var response = await fixture.Client.PostAsync("""
            { vendor(id: "VmVuZG9yOjE", slug: "x") { name } }
            """);

        Assert.Equal("INVALID_ARGUMENTS", response.ErrorCode);
    }
}
