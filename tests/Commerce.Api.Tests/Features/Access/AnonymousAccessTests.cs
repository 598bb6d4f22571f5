using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Catalog;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Access;

/// <summary>An anonymous caller sees the public catalogue (active products, approved vendors, categories) and nothing else.</summary>
[Collection(GraphCollection.Name)]
public sealed class AnonymousAccessTests(GraphFixture fixture)
{
    [Fact]
    public async Task Catalogue_ListsOnlyActiveProductsAndApprovedVendors_WhenAnonymous()
    {
        await using var db = fixture.CreateDbContext();
        var activeProducts = await db.Products.CountAsync(p => p.Status == ProductStatus.Active);
        var approvedVendors = await db.Vendors.CountAsync(v => v.Status == VendorStatus.Approved);
        Assert.True(activeProducts < await db.Products.CountAsync() && approvedVendors < await db.Vendors.CountAsync(),
            "The demo shop must hold hidden rows for this test to mean anything.");

        var data = await fixture.AnonymousClient.QueryAsync("""
            { products(first: 1) { totalCount } vendors(first: 100) { totalCount nodes { status } }
              categories(first: 1) { totalCount } }
            """);

        Assert.Equal(activeProducts, data["products"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(approvedVendors, data["vendors"]!["totalCount"]!.GetValue<int>());
        Assert.All(data.Nodes("vendors").Strings("status"), status => Assert.Equal("APPROVED", status));
        Assert.Equal(await db.Categories.CountAsync(), data["categories"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Product_ReturnsNull_ForADraft_WhenAnonymous()
    {
        await using var db = fixture.CreateDbContext();
        var draft = GlobalId.Encode("Product", await db.Products.Where(p => p.Status == ProductStatus.Draft).Select(p => p.Id).FirstAsync());
        var active = GlobalId.Encode("Product", await db.Products.Where(p => p.Status == ProductStatus.Active).Select(p => p.Id).FirstAsync());

        var data = await fixture.AnonymousClient.QueryAsync("""
            query($draft: ID!, $active: ID!) { draft: product(id: $draft) { id } draftNode: node(id: $draft) { id } active: product(id: $active) { id } }
            """, new { draft, active });

        Assert.Null(data["draft"]);
        Assert.Null(data["draftNode"]);
        Assert.Equal(active, data["active"]!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ orders(first: 1) { nodes { id } } }")]
    [InlineData("{ customers(first: 1) { nodes { id } } }")]
    [InlineData("{ warehouses(first: 1) { nodes { id } } }")]
    [InlineData("{ quotes(first: 1) { nodes { id } } }")]
    [InlineData("{ me { email } }")]
    [InlineData("""{ order(number: "CG-1") { id } }""")]
    [InlineData("""{ node(id: "T3JkZXI6MQ") { ... on Order { number } } }""")]
    [InlineData("{ products(first: 1) { nodes { variants { stockLevels { onHand } } } } }")]
    public async Task ProtectedField_IsUnauthenticatedAndNothingRuns_WhenAnonymous(string document)
    {
        var response = await fixture.AnonymousClient.PostAsync(document);

        AccessAssertions.AssertRefusedBeforeExecution(response, AccessAssertions.Unauthenticated);
    }

    [Fact]
    public async Task NodeOfAnOrder_IsUnauthenticatedWhetherOrNotTheOrderExists_WhenAnonymousSelectsOnlyId()
    {
        await using var db = fixture.CreateDbContext();
        var existing = GlobalId.Encode("Order", await db.Orders.MinAsync(o => o.Id));
        var unknown = GlobalId.Encode("Order", await db.Orders.MaxAsync(o => o.Id) + 1_000);
        const string Query = "query($id: ID!) { node(id: $id) { id } }";

        var forExisting = await fixture.AnonymousClient.PostAsync(Query, new { id = existing });
        var forUnknown = await fixture.AnonymousClient.PostAsync(Query, new { id = unknown });

        AccessAssertions.AssertErrorsAre(forExisting, AccessAssertions.Unauthenticated);
        Assert.Null(forExisting.Data!["node"]);
        Assert.Equal(forUnknown.Body["errors"]!.ToJsonString(), forExisting.Body["errors"]!.ToJsonString());
    }
}
