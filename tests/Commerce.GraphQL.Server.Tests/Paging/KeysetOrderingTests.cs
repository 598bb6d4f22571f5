using Commerce.GraphQL.Server.Tests.TestSupport;

namespace Commerce.GraphQL.Server.Tests.Paging;

/// <summary>Keyset cursors over every kind of sort key, ties and nulls included, never skip or repeat a row.</summary>
public sealed class KeysetOrderingTests(TestHost host) : IClassFixture<TestHost>, IAsyncLifetime
{
    public Task InitializeAsync() => host.ResetItemsAsync(ItemSeed.Create());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Items_PagesByCompositeKeysWithTies_WhenOrderedByPriceDescThenNote()
    {
        var order = new object[] { new { price = "DESC" }, new { note = "ASC" } };
        var all = ItemsPage.Ids(await host.PostAsync(ItemsPage.Query, new { first = 10, order }));

        var pages = await ItemsPage.ReadAllAsync(host, pageSize: 3, order);

        // price DESC (200: 2,5,8; 100: 1,4,7,10; 0: 3,6,9), then note ASC with nulls first, then id.
        Assert.Equal([5, 2, 8, 1, 7, 10, 4, 3, 9, 6], all);
        Assert.Equal(all, pages);
    }

    [Theory]
    [InlineData("createdAt", "DESC")]
    [InlineData("color", "ASC")]
    [InlineData("color", "DESC")]
    [InlineData("active", "ASC")]
    [InlineData("active", "DESC")]
    [InlineData("name", "DESC")]
    [InlineData("note", "DESC")]
    public async Task Items_PagesWithoutGapsOrDuplicates_ForEachKeyType(string key, string direction)
    {
        var order = new[] { new Dictionary<string, string> { [key] = direction } };
        var expected = ItemsPage.Ids(await host.PostAsync(ItemsPage.Query, new { first = 100, order }));

        var seen = await ItemsPage.ReadAllAsync(host, pageSize: 3, order);

        Assert.Equal(10, expected.Count);
        Assert.Equal(expected, seen);
        Assert.Equal(expected, ExpectedOrder(key, direction == "DESC"));
    }

    private static List<int> ExpectedOrder(string key, bool descending)
    {
        Func<Item, object?> selector = key switch
        {
            "createdAt" => i => i.CreatedAt,
            "color" => i => i.Color,
            "active" => i => i.Active,
            "name" => i => i.Name,
            _ => i => i.Note,
        };
        var items = ItemSeed.Create();
        var ordered = descending ? items.OrderByDescending(selector, Comparer<object?>.Default) : items.OrderBy(selector, Comparer<object?>.Default);
        return [.. ordered.ThenBy(i => i.Id).Select(i => i.Id)];
    }
}
