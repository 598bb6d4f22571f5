using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

[Collection(GraphCollection.Name)]
public sealed class ProductLookupTests(GraphFixture fixture)
{
    [Fact]
    public async Task Product_ReturnsSameProduct_WhenLookedUpBySkuOrId()
    {
        await using var db = fixture.CreateDbContext();
        var variant = await db.ProductVariants.OrderByDescending(v => v.Id).FirstAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($sku: String!, $id: ID!) {
              bySku: product(sku: $sku) { id name }
              byId: product(id: $id) { id name }
              variant: productVariant(sku: $sku) { sku product { id } }
            }
            """, new { sku = variant.Sku, id = GlobalId.Encode("Product", variant.ProductId) });

        Assert.Equal(GlobalId.Encode("Product", variant.ProductId), data["bySku"]!["id"]!.GetValue<string>());
        Assert.Equal(data["byId"]!.ToJsonString(), data["bySku"]!.ToJsonString());
        Assert.Equal(data["byId"]!["id"]!.GetValue<string>(), data["variant"]!["product"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Product_ReturnsVariantsStockLevelsAndWarehouses_MatchingTheDatabase()
    {
        await using var db = fixture.CreateDbContext();
        var product = await db.Products.Include(p => p.Variants).ThenInclude(v => v.StockLevels).ThenInclude(s => s.Warehouse)
            .Where(p => p.Variants.Count > 1).OrderBy(p => p.Id).FirstAsync();
        var expected = product.Variants.OrderBy(v => v.Id).Select(v => new
        {
            v.Sku,
            Stock = v.StockLevels.OrderBy(s => s.WarehouseId).Select(s => $"{s.Warehouse!.Code}:{s.OnHand}/{s.Reserved}").ToList(),
        }).ToList();

        var data = await fixture.Client.QueryAsync("""
            query ($id: ID!) { product(id: $id) { variants { sku stockLevels { onHand reserved warehouse { code } } } } }
            """, new { id = GlobalId.Encode("Product", product.Id) });

        var actual = data["product"]!["variants"]!.AsArray().Select(v => new
        {
            Sku = v!["sku"]!.GetValue<string>(),
            Stock = v["stockLevels"]!.AsArray()
                .Select(s => $"{s!["warehouse"]!["code"]}:{s["onHand"]}/{s["reserved"]}").ToList(),
        }).ToList();
        Assert.Equal(expected.Select(e => e.Sku), actual.Select(a => a.Sku));
        Assert.Equal(expected.Select(e => e.Stock), actual.Select(a => a.Stock));
        Assert.Contains(actual, a => a.Stock.Count > 0);
    }

    [Fact]
    public async Task Product_ReturnsInvalidArguments_WhenNeitherIdNorSkuGiven()
    {
        var response = await fixture.Client.PostAsync("{ product { name } }");

        Assert.Equal("INVALID_ARGUMENTS", response.ErrorCode);
    }
}
