using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

[Collection(GraphCollection.Name)]
public sealed class CategoryQueriesTests(GraphFixture fixture)
{
    [Fact]
    public async Task Categories_ReturnsRootsWithChildren_WhenFilteredByIsRoot()
    {
        await using var db = fixture.CreateDbContext();
        var roots = await db.Categories.Where(c => c.ParentId == null).OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new { c.Name, Children = c.Children.OrderBy(x => x.Name).ThenBy(x => x.Id).Select(x => x.Name).ToList() })
            .ToListAsync();

        var data = await fixture.Client.QueryAsync("""
            { categories(first: 100, where: { isRoot: true }, order: [{ name: ASC }]) { nodes { name parent { id } children { name } } } }
            """);

        var nodes = data.Nodes("categories");
        Assert.NotEmpty(roots);
        Assert.Equal(roots.Select(r => r.Name), nodes.Strings("name"));
        Assert.Equal(roots.Select(r => r.Children), nodes.Select(n => n!["children"]!.AsArray().Strings("name")));
        Assert.All(nodes, n => Assert.Null(n!["parent"]));
    }

    [Fact]
    public async Task Categories_ReturnsChildrenOfParent_WhenFilteredByParent()
    {
        await using var db = fixture.CreateDbContext();
        var parentId = await db.Categories.Where(c => c.Children.Any()).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var expected = await db.Categories.Where(c => c.ParentId == parentId).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($parent: ID!) { categories(where: { parent: { eq: $parent } }) { nodes { id parent { id } } } }
            """, new { parent = GlobalId.Encode("Category", parentId) });

        Assert.Equal(expected.Select(id => GlobalId.Encode("Category", id)), data.Nodes("categories").Strings("id"));
    }

    [Fact]
    public async Task CategoryAndVendorProducts_ReturnOnlyTheirProducts_WhenFilteredLikeRootProducts()
    {
        await using var db = fixture.CreateDbContext();
        var sample = await db.Products.Where(p => p.CategoryId != null).OrderBy(p => p.Id).FirstAsync();
        var inCategory = await db.Products.Where(p => p.CategoryId == sample.CategoryId && p.Status == sample.Status)
            .OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => p.Name).ToListAsync();
        var ofVendor = await db.Products.Where(p => p.VendorId == sample.VendorId && p.Status == sample.Status)
            .OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => p.Name).ToListAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($category: ID!, $vendor: ID!, $where: ProductFilterInput) {
              category: node(id: $category) { ... on Category { products(first: 100, where: $where, order: [{ name: ASC }]) { nodes { name } } } }
              vendor(id: $vendor) { products(first: 100, where: $where, order: [{ name: ASC }]) { nodes { name } } }
            }
            """, new
        {
            category = GlobalId.Encode("Category", sample.CategoryId!.Value),
            vendor = GlobalId.Encode("Vendor", sample.VendorId),
            where = new { status = new { eq = sample.Status.ToString().ToUpperInvariant() } },
        });

        Assert.Equal(inCategory, data["category"]!.Nodes("products").Strings("name"));
        Assert.Equal(ofVendor, data["vendor"]!.Nodes("products").Strings("name"));
    }
}
