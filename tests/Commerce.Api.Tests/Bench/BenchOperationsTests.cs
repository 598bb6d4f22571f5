using Commerce.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Bench;

/// <summary>The benchmark's catalogue operations must keep running against the schema (bench/operations).</summary>
[Collection(GraphCollection.Name)]
public sealed class BenchOperationsTests(GraphFixture fixture)
{
    [Fact]
    public async Task CatalogPage_RunsWithoutErrors_AgainstTheSchema()
    {
        var data = await fixture.Client.QueryAsync(Operation("catalog-page.graphql"));

        Assert.Equal(50, data.Nodes("products").Count);
    }

    [Fact]
    public async Task ProductBySku_RunsWithoutErrors_WithARealSku()
    {
        await using var db = fixture.CreateDbContext();
        var sku = await db.ProductVariants.OrderBy(v => v.Id).Select(v => v.Sku).FirstAsync();

        var data = await fixture.Client.QueryAsync(Operation("product-by-sku.graphql"), new { sku });

        Assert.Contains(sku, data["product"]!["variants"]!.AsArray().Strings("sku"));
    }

    [Fact]
    public async Task FirstSkuLookup_RunsWithoutErrors_AgainstTheSchema()
    {
        var data = await fixture.Client.QueryAsync(Operation(Path.Combine("lookup", "first-sku.graphql")));

        Assert.NotEmpty(data.Nodes("products")[0]!["variants"]!.AsArray());
    }

    private static string Operation(string file) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "bench", "operations", file));
}
