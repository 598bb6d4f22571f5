using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

[Collection(GraphCollection.Name)]
public sealed class ProductPagingTests(GraphFixture fixture)
{
    private const string PageQuery = """
        query ($first: Int, $after: String, $last: Int, $before: String, $where: ProductFilterInput) {
          products(first: $first, after: $after, last: $last, before: $before, where: $where, order: [{ name: ASC }]) {
            edges { cursor node { id } }
            nodes { id }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task Products_ReturnsNextRowsWithoutOverlap_WhenPagedForwardWithAfter()
    {
        var expected = await ExpectedIdsByNameAsync();

        var first = await fixture.Client.QueryAsync(PageQuery, new { first = 10 });
        var after = first["products"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await fixture.Client.QueryAsync(PageQuery, new { first = 10, after });

        Assert.Equal(expected.Take(10), first.Nodes("products").Strings("id"));
        Assert.Equal(expected.Skip(10).Take(10), second.Nodes("products").Strings("id"));
        Assert.True(second["products"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Products_ReturnsLastRows_WhenPagedWithLast()
    {
        var expected = await ExpectedIdsByNameAsync();

        var data = await fixture.Client.QueryAsync(PageQuery, new { last = 5 });

        Assert.Equal(expected.TakeLast(5), data.Nodes("products").Strings("id"));
        Assert.True(data["products"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Products_ReturnsRowsBeforeCursor_WhenPagedWithLastAndBefore()
    {
        var expected = await ExpectedIdsByNameAsync();
        var page = await fixture.Client.QueryAsync(PageQuery, new { first = 21 });
        var before = page["products"]!["edges"]![20]!["cursor"]!.GetValue<string>();

        var data = await fixture.Client.QueryAsync(PageQuery, new { last = 5, before });

        Assert.Equal(expected.Skip(15).Take(5), data.Nodes("products").Strings("id"));
    }

    [Fact]
    public async Task Products_ReturnsEmptyPage_WhenNothingMatches()
    {
        var data = await fixture.Client.QueryAsync(PageQuery, new { first = 10, where = new { name = new { eq = "no such product" } } });

        Assert.Empty(data.Nodes("products"));
        Assert.False(data["products"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Products_ReturnsPageSizeExceeded_WhenFirstIsAbove100()
    {
        var response = await fixture.Client.PostAsync(PageQuery, new { first = 101 });

        Assert.Equal("PAGE_SIZE_EXCEEDED", response.ErrorCode);
    }

    [Fact]
    public async Task Products_ReturnsInvalidCursor_WhenGivenAVendorsCursor()
    {
        var vendors = await fixture.Client.QueryAsync("{ vendors(first: 1) { pageInfo { endCursor } } }");
        var after = vendors["vendors"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var response = await fixture.Client.PostAsync(PageQuery, new { first = 5, after });

        Assert.Equal("INVALID_CURSOR", response.ErrorCode);
    }

    private async Task<List<string>> ExpectedIdsByNameAsync()
    {
        await using var db = fixture.CreateDbContext();
        var ids = await db.Products.OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync();
        return ids.Select(id => GlobalId.Encode("Product", id)).ToList();
    }
}
