using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

[Collection(GraphCollection.Name)]
public sealed class ProductAggregatesTests(GraphFixture fixture)
{
    [Fact]
    public async Task Products_ReturnAvailabilityAndPriceRange_MatchingDatabaseAggregates()
    {
        await using var db = fixture.CreateDbContext();
        var expected = await db.Products.OrderBy(p => p.Id).Take(50).Select(p => new
        {
            Id = p.Id,
            Total = p.Variants.SelectMany(v => v.StockLevels).Sum(s => s.OnHand - s.Reserved),
            Min = p.Variants.Min(v => (long?)v.PriceMinorUnits),
            Max = p.Variants.Max(v => (long?)v.PriceMinorUnits),
            Variants = p.Variants.OrderBy(v => v.Id).Select(v => v.StockLevels.Sum(s => s.OnHand - s.Reserved)).ToList(),
        }).ToListAsync();

        var data = await fixture.Client.QueryAsync("""
            { products(first: 50) { nodes { id totalAvailable priceRange { min { minorUnits } max { minorUnits } } variants { available } } } }
            """);

        var nodes = data.Nodes("products");
        Assert.Equal(expected.Select(e => GlobalId.Encode("Product", e.Id)), nodes.Strings("id"));
        Assert.Equal(expected.Select(e => e.Total), nodes.Ints("totalAvailable"));
        Assert.Equal(expected.Select(e => e.Min), nodes.Select(n => (long?)n!["priceRange"]?["min"]!["minorUnits"]!.GetValue<long>()));
        Assert.Equal(expected.Select(e => e.Max), nodes.Select(n => (long?)n!["priceRange"]?["max"]!["minorUnits"]!.GetValue<long>()));
        Assert.Equal(expected.Select(e => e.Variants), nodes.Select(n => n!["variants"]!.AsArray().Ints("available")));
        Assert.Contains(expected, e => e.Total > 0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Products_IssueOneQueryPerLevel_WhateverThePageSize(bool totalCount)
    {
        var query = $$"""
            query ($first: Int!) {
              products(first: $first) {
                {{(totalCount ? "totalCount" : string.Empty)}}
                nodes { variants { price { amount } stockLevels { warehouse { code } } } vendor { name } category { name } }
              }
            }
            """;

        var small = await fixture.Client.PostAsync(query, new { first = 10 });
        var large = await fixture.Client.PostAsync(query, new { first = 50 });

        // page + variants + stock levels + warehouses + vendors + categories (+ the COUNT when selected).
        var expected = 6 + (totalCount ? 1 : 0);
        Assert.Null(small.Errors);
        Assert.Null(large.Errors);
        Assert.Equal(expected, small.SqlCommands);
        Assert.Equal(expected, large.SqlCommands);
    }
}
