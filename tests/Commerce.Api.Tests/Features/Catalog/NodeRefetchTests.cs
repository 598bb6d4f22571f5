using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

[Collection(GraphCollection.Name)]
public sealed class NodeRefetchTests(GraphFixture fixture)
{
    [Fact]
    public async Task Node_ReturnsCatalogAndInventoryObjects_WhenGivenTheirIds()
    {
        await using var db = fixture.CreateDbContext();
        var product = await db.Products.OrderBy(p => p.Id).FirstAsync();
        var variant = await db.ProductVariants.OrderBy(v => v.Id).FirstAsync();
        var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
        var warehouse = await db.Warehouses.OrderBy(w => w.Id).FirstAsync();
        var stock = await db.StockLevels.OrderBy(s => s.Id).FirstAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($ids: [ID!]!) {
              nodes(ids: $ids) {
                __typename id
                ... on Product { name }
                ... on ProductVariant { sku }
                ... on Category { name }
                ... on Warehouse { code }
                ... on StockLevel { onHand }
              }
            }
            """, new
        {
            ids = new[]
            {
                GlobalId.Encode("Product", product.Id), GlobalId.Encode("ProductVariant", variant.Id), GlobalId.Encode("Category", category.Id),
                GlobalId.Encode("Warehouse", warehouse.Id), GlobalId.Encode("StockLevel", stock.Id),
            },
        });

        var nodes = data["nodes"]!.AsArray();
        Assert.Equal(["Product", "ProductVariant", "Category", "Warehouse", "StockLevel"], nodes.Strings("__typename"));
        Assert.Equal(product.Name, nodes[0]!["name"]!.GetValue<string>());
        Assert.Equal(variant.Sku, nodes[1]!["sku"]!.GetValue<string>());
        Assert.Equal(category.Name, nodes[2]!["name"]!.GetValue<string>());
        Assert.Equal(warehouse.Code, nodes[3]!["code"]!.GetValue<string>());
        Assert.Equal(stock.OnHand, nodes[4]!["onHand"]!.GetValue<int>());
    }

    [Fact]
    public async Task Node_ReturnsProduct_WhenGivenOneProductId()
    {
        await using var db = fixture.CreateDbContext();
        var product = await db.Products.OrderByDescending(p => p.Id).FirstAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($id: ID!) { node(id: $id) { id ... on Product { slug } } }
            """, new { id = GlobalId.Encode("Product", product.Id) });

        Assert.Equal(product.Slug, data["node"]!["slug"]!.GetValue<string>());
    }
}
