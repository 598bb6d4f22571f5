using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Access;

/// <summary>A vendor user sees their own vendor's private data, drafts, sales and quotes, and never another vendor's.</summary>
public sealed class VendorIsolationTests(TwoVendorsShop shop) : IClassFixture<TwoVendorsShop>
{
    [Fact]
    public async Task MyVendor_ReturnsEmailSalesAndProductsOfEveryStatus_WhenVendorUserAsks()
    {
        var vendors = await shop.VendorsAsync();

        var mine = (await Client(vendors).QueryAsync("""
            { myVendor { id email orderLines(first: 1) { totalCount } products(first: 100) { totalCount nodes { status } } } }
            """))["myVendor"]!;

        await using var db = shop.CreateDbContext();
        var vendorId = vendors.A.VendorId;
        Assert.Equal(vendors.A.Id, mine["id"]!.GetValue<string>());
        Assert.Equal(await db.Vendors.Where(v => v.Id == vendorId).Select(v => v.Email).SingleAsync(), mine["email"]!.GetValue<string>());
        Assert.Equal(await db.OrderLines.CountAsync(l => l.VendorId == vendorId), mine["orderLines"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(await db.Products.CountAsync(p => p.VendorId == vendorId), mine["products"]!["totalCount"]!.GetValue<int>());
        Assert.Contains("DRAFT", mine.Nodes("products").Strings("status"));
    }

    [Theory]
    [InlineData("query($id: ID!) { vendor(id: $id) { email } }")]
    [InlineData("query($id: ID!) { vendor(id: $id) { defaultCommissionRateBasisPoints } }")]
    [InlineData("query($id: ID!) { vendor(id: $id) { orderLines(first: 5) { nodes { sku } } } }")]
    public async Task AnotherVendorsPrivateField_IsForbidden_WhenVendorUserAsks(string document)
    {
        var vendors = await shop.VendorsAsync();
        var client = Client(vendors);

        var other = await client.PostAsync(document, new { id = vendors.B.Id });
        var own = await client.PostAsync(document, new { id = vendors.A.Id });

        AccessAssertions.AssertErrorsAre(other, AccessAssertions.Forbidden);
        Assert.Null(other.Data?["vendor"]);
        Assert.True(own.Errors is null, own.ToString());
    }

    [Fact]
    public async Task AnotherVendorsProducts_ListOnlyActiveOnes_WhenVendorUserAsks()
    {
        var vendors = await shop.VendorsAsync();

        var data = await Client(vendors).QueryAsync(
            "query($id: ID!) { vendor(id: $id) { products(first: 1) { totalCount } } }", new { id = vendors.B.Id });

        await using var db = shop.CreateDbContext();
        var vendorId = vendors.B.VendorId;
        Assert.Equal(
            await db.Products.CountAsync(p => p.VendorId == vendorId && p.Status == ProductStatus.Active),
            data["vendor"]!["products"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task DraftProduct_IsVisibleOnlyToItsOwnVendor()
    {
        var vendors = await shop.VendorsAsync();

        var data = await Client(vendors).QueryAsync("""
            query($own: ID!, $other: ID!) {
              own: product(id: $own) { status } ownNode: node(id: $own) { id }
              other: product(id: $other) { status } otherNode: node(id: $other) { id }
            }
            """, new { own = vendors.A.DraftProduct, other = vendors.B.DraftProduct });

        Assert.Equal("DRAFT", data["own"]!["status"]!.GetValue<string>());
        Assert.NotNull(data["ownNode"]);
        Assert.Null(data["other"]);
        Assert.Null(data["otherNode"]);
    }

    [Fact]
    public async Task OrderLineAndQuote_AreVisibleOnlyWhenTheyAreTheVendorsOwn()
    {
        var vendors = await shop.VendorsAsync();

        var data = await Client(vendors).QueryAsync("""
            query($ownLine: ID!, $otherLine: ID!, $ownQuote: ID!, $otherQuote: ID!) {
              ownLine: node(id: $ownLine) { ... on OrderLine { sku } } otherLine: node(id: $otherLine) { ... on OrderLine { sku } }
              ownQuote: quote(id: $ownQuote) { number } otherQuote: quote(id: $otherQuote) { number }
              otherQuoteNode: node(id: $otherQuote) { ... on Quote { number } }
            }
            """, new { ownLine = vendors.A.OrderLine, otherLine = vendors.B.OrderLine, ownQuote = vendors.A.Quote, otherQuote = vendors.B.Quote });

        Assert.NotNull(data["ownLine"]);
        Assert.NotNull(data["ownQuote"]);
        Assert.Null(data["otherLine"]);
        Assert.Null(data["otherQuote"]);
        Assert.Null(data["otherQuoteNode"]);
    }

    [Theory]
    [InlineData("query($id: ID!) { order(id: $id) { number } }")]
    [InlineData("query($id: ID!) { node(id: $id) { id } }")]
    [InlineData("query($id: ID!) { orders(first: 1) { nodes { id } } node(id: $id) { __typename } }")]
    public async Task Orders_AreForbidden_WhenCallerIsAVendorUser(string document)
    {
        var vendors = await shop.VendorsAsync();
        await using var db = shop.CreateDbContext();
        var lineId = vendors.A.OrderLineId;
        var orderId = await db.OrderLines.Where(l => l.Id == lineId).Select(l => l.OrderId).SingleAsync();

        var response = await Client(vendors).PostAsync(document, new { id = GlobalId.Encode("Order", orderId) });

        AccessAssertions.AssertErrorsAre(response, AccessAssertions.Forbidden);
        Assert.All(response.Data ?? [], field => Assert.Null(field.Value));
    }

    private GraphQLClient Client(VendorPair vendors) => shop.CreateGraphQLClient(vendors.Token);
}
