using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

[Collection(GraphCollection.Name)]
public sealed class ProductQueriesTests(GraphFixture fixture)
{
    private const string ProductsQuery = """
        query ($where: ProductFilterInput, $order: [ProductSortInput!]) {
          products(first: 100, where: $where, order: $order) { totalCount nodes { id name } }
        }
        """;

    [Fact]
    public async Task Products_ReturnsActiveProducts_WhenFilteredByStatus()
    {
        await using var db = fixture.CreateDbContext();
        var expected = await db.Products.Where(p => p.Status == ProductStatus.Active).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();

        await AssertProductsAsync(new { status = new { eq = "ACTIVE" } }, expected);
    }

    [Fact]
    public async Task Products_ReturnsVendorsAndCategorysProducts_WhenFilteredByIds()
    {
        await using var db = fixture.CreateDbContext();
        var sample = await db.Products.Where(p => p.CategoryId != null).OrderBy(p => p.Id).FirstAsync();
        var expected = await db.Products.Where(p => p.VendorId == sample.VendorId && p.CategoryId == sample.CategoryId)
            .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();

        await AssertProductsAsync(new
        {
            vendor = new { eq = GlobalId.Encode("Vendor", sample.VendorId) },
            category = new { @in = new[] { GlobalId.Encode("Category", sample.CategoryId!.Value) } },
        }, expected);
    }

    [Fact]
    public async Task Products_ReturnsProductsWithAVariantInRange_WhenFilteredByPrice()
    {
        await using var db = fixture.CreateDbContext();
        var prices = await db.ProductVariants.OrderBy(v => v.PriceMinorUnits).Select(v => v.PriceMinorUnits).ToListAsync();
        var (min, max) = (prices[prices.Count / 3], prices[prices.Count / 2]);
        var expected = await db.Products.Where(p => p.Variants.Any(v => v.PriceMinorUnits >= min && v.PriceMinorUnits <= max))
            .OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();

        await AssertProductsAsync(new { price = new { gte = min, lte = max } }, expected);
    }

    [Fact]
    public async Task Products_ReturnsNameOrSkuMatches_WhenSearched()
    {
        await using var db = fixture.CreateDbContext();
        var products = await db.Products.Include(p => p.Variants).OrderBy(p => p.Id).ToListAsync();
        var text = products[0].Name.Split(' ')[^1].ToUpperInvariant();
        var expected = products.Where(p => p.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || p.Variants.Any(v => v.Sku.StartsWith(text, StringComparison.OrdinalIgnoreCase)))
            .Select(p => p.Id).ToList();

        await AssertProductsAsync(new { search = text }, expected);
    }

    [Fact]
    public async Task Products_ReturnsProductOfSku_WhenFilteredBySkuStartsWith()
    {
        await using var db = fixture.CreateDbContext();
        var sku = await db.ProductVariants.OrderBy(v => v.Id).Select(v => v.Sku).FirstAsync();
        var expected = await db.Products.Where(p => p.Variants.Any(v => v.Sku == sku)).Select(p => p.Id).ToListAsync();

        await AssertProductsAsync(new { sku = new { eq = sku } }, expected);
    }

    [Fact]
    public async Task Products_ReturnsNamesDescending_WhenSortedByNameDesc()
    {
        await using var db = fixture.CreateDbContext();
        var expected = await db.Products.OrderByDescending(p => p.Name).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync();

        await AssertProductsAsync(null, expected, new[] { new { name = "DESC" } });
    }

    private async Task AssertProductsAsync(object? where, List<int> expectedIds, object? order = null)
    {
        var data = await fixture.Client.QueryAsync(ProductsQuery, new { where, order });

        Assert.NotEmpty(expectedIds);
        Assert.Equal(expectedIds.Take(100).Select(id => GlobalId.Encode("Product", id)), data.Nodes("products").Strings("id"));
        Assert.Equal(expectedIds.Count, data["products"]!["totalCount"]!.GetValue<int>());
    }
}
