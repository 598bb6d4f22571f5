using System.Text.Json;
using Commerce.GraphQL.Server.Tests.TestSupport;

namespace Commerce.GraphQL.Server.Tests.Paging;

public sealed class ConnectionTests(TestHost host) : IClassFixture<TestHost>, IAsyncLifetime
{
    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String, $order: [ItemSortInput!]) {
          items(first: $first, after: $after, last: $last, before: $before, order: $order) {
            edges { cursor node { rawId } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    public Task InitializeAsync() => host.ResetItemsAsync(ItemSeed.Create());

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Items_ReturnsEmptyPage_WhenNoRows()
    {
        await host.ResetItemsAsync([]);

        var body = await host.PostAsync(Page, new { first = 5 });

        Assert.Empty(Ids(body));
        AssertPageInfo(body, hasNext: false, hasPrevious: false);
        Assert.Equal(JsonValueKind.Null, body.Data("items", "pageInfo", "startCursor").ValueKind);
    }

    [Fact]
    public async Task Items_ReturnsFirstPageInOneQuery_WithoutCount()
    {
        var body = await host.PostAsync(Page, new { first = 3 });

        Assert.Equal([1, 2, 3], Ids(body));
        AssertPageInfo(body, hasNext: true, hasPrevious: false);
        var sql = Assert.Single(host.Sql.Commands);
        Assert.Contains("LIMIT", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("COUNT", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_UsesDefaultPageSize_WhenNoFirstOrLast()
    {
        await host.ResetItemsAsync(ItemSeed.Create(25));

        var body = await host.PostAsync(Page);

        Assert.Equal(20, Ids(body).Count);
        AssertPageInfo(body, hasNext: true, hasPrevious: false);
    }

    [Fact]
    public async Task Items_ReturnsMiddleAndLastPages_WhenFollowingEndCursor()
    {
        var first = await host.PostAsync(Page, new { first = 4 });
        host.Sql.Clear();
        var middle = await host.PostAsync(Page, new { first = 4, after = EndCursor(first) });
        var sql = Assert.Single(host.Sql.Commands);
        Assert.Matches(@"WHERE ""i"".""Id"" > @\w+", sql);
        var last = await host.PostAsync(Page, new { first = 4, after = EndCursor(middle) });

        Assert.Equal([5, 6, 7, 8], Ids(middle));
        AssertPageInfo(middle, hasNext: true, hasPrevious: true);
        Assert.Equal([9, 10], Ids(last));
        AssertPageInfo(last, hasNext: false, hasPrevious: true);
    }

    [Fact]
    public async Task Items_ReturnsTailInOrder_WhenLastAlone()
    {
        var body = await host.PostAsync(Page, new { last = 3 });

        Assert.Equal([8, 9, 10], Ids(body));
        AssertPageInfo(body, hasNext: false, hasPrevious: true);
    }

    [Fact]
    public async Task Items_ReturnsRowsBeforeCursor_WhenLastWithBefore()
    {
        var tail = await host.PostAsync(Page, new { last = 3 });
        var before = await host.PostAsync(Page, new { last = 3, before = tail.Data("items", "pageInfo", "startCursor").GetString() });
        var head = await host.PostAsync(Page, new { last = 5, before = before.Data("items", "pageInfo", "startCursor").GetString() });

        Assert.Equal([5, 6, 7], Ids(before));
        AssertPageInfo(before, hasNext: true, hasPrevious: true);
        Assert.Equal([1, 2, 3, 4], Ids(head));
        AssertPageInfo(head, hasNext: true, hasPrevious: false);
    }

    [Fact]
    public async Task Items_PagesStably_WhenRowsAreInsertedBetweenFetches()
    {
        var first = await host.PostAsync(Page, new { first = 4 });
        await host.InsertItemAsync(new Item { Id = -1, Name = "new head" });
        await host.InsertItemAsync(new Item { Id = 11, Name = "new tail" });
        var second = await host.PostAsync(Page, new { first = 4, after = EndCursor(first) });
        var third = await host.PostAsync(Page, new { first = 10, after = EndCursor(second) });

        Assert.Equal([5, 6, 7, 8], Ids(second));
        Assert.Equal([9, 10, 11], Ids(third));
    }

    [Fact]
    public async Task Items_PagesByCompositeKeysWithTies_WhenOrderedByPriceDescThenNote()
    {
        var order = new object[] { new { price = "DESC" }, new { note = "ASC" } };
        var all = await host.PostAsync(Page, new { first = 10, order });
        var pages = new List<int>();
        string? after = null;
        do
        {
            var page = await host.PostAsync(Page, new { first = 3, after, order });
            pages.AddRange(Ids(page));
            after = page.Data("items", "pageInfo", "hasNextPage").GetBoolean() ? EndCursor(page) : null;
        }
        while (after is not null);

        // price DESC (200: 2,5,8; 100: 1,4,7,10; 0: 3,6,9), then note ASC with nulls first, then id.
        Assert.Equal([5, 2, 8, 1, 7, 10, 4, 3, 9, 6], Ids(all));
        Assert.Equal(Ids(all), pages);
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
        var expected = Ids(await host.PostAsync(Page, new { first = 100, order }));
        var seen = new List<int>();
        string? after = null;
        do
        {
            var page = await host.PostAsync(Page, new { first = 3, after, order });
            Assert.False(page.HasErrors(), page.GetRawText());
            seen.AddRange(Ids(page));
            after = page.Data("items", "pageInfo", "hasNextPage").GetBoolean() ? EndCursor(page) : null;
        }
        while (after is not null);

        Assert.Equal(10, expected.Count);
        Assert.Equal(expected, seen);
        Assert.Equal(expected, ExpectedOrder(key, direction == "DESC"));
    }

    [Theory]
    [InlineData("""{ "first": 101 }""", "PAGE_SIZE_EXCEEDED")]
    [InlineData("""{ "last": 101 }""", "PAGE_SIZE_EXCEEDED")]
    [InlineData("""{ "first": -1 }""", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("""{ "first": 1, "last": 1 }""", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("""{ "first": 1, "after": "bm90IGEgY3Vyc29y" }""", "INVALID_CURSOR")]
    [InlineData("""{ "first": 1, "after": "%%%" }""", "INVALID_CURSOR")]
    public async Task Items_ReturnsCodedError_WhenArgumentsAreInvalid(string variables, string code)
    {
        var body = await host.PostAsync(Page, JsonDocument.Parse(variables).RootElement);

        Assert.Equal(code, body.FirstErrorCode());
        Assert.Empty(host.Sql.Commands);
    }

    [Fact]
    public async Task Items_RejectsCursor_WhenItComesFromAnotherTypeOrOrder()
    {
        var widgets = await host.PostAsync("""{ widgets(first: 1) { pageInfo { endCursor } } }""");
        var byName = await host.PostAsync(Page, new { first = 1, order = new[] { new { name = "ASC" } } });

        var fromWidget = await host.PostAsync(Page, new { first = 1, after = widgets.Data("widgets", "pageInfo", "endCursor").GetString() });
        var fromOtherOrder = await host.PostAsync(Page, new { first = 1, after = EndCursor(byName) });

        Assert.Equal("INVALID_CURSOR", fromWidget.FirstErrorCode());
        Assert.Equal("INVALID_CURSOR", fromOtherOrder.FirstErrorCode());
    }

    [Fact]
    public async Task Items_CountsOnlyWhenTotalCountSelected_IncludingThroughFragments()
    {
        var body = await host.PostAsync("""
            { items(first: 2) { ...Counted nodes { rawId } } }
            fragment Counted on ItemConnection { ... on ItemConnection { total: totalCount } }
            """);

        Assert.Equal(10, body.Data("items", "total").GetInt32());
        Assert.Equal([1, 2], body.Data("items", "nodes").EnumerateArray().Select(n => n.GetProperty("rawId").GetInt32()));
        Assert.Equal(2, host.Sql.Commands.Count);
        Assert.Single(host.Sql.Commands, c => c.Contains("COUNT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SameColor_PagesNestedConnection_FromParentSource()
    {
        var body = await host.PostAsync("""
            query($id: ID!) { node(id: $id) { ... on Item { sameColor(first: 2) { totalCount nodes { rawId } pageInfo { hasNextPage } } } } }
            """, new { id = Commerce.GraphQL.Server.Relay.GlobalId.Encode("Item", 1) });

        Assert.False(body.HasErrors(), body.GetRawText());
        var connection = body.Data("node", "sameColor");
        Assert.Equal([4, 7], connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("rawId").GetInt32()));
        Assert.Equal(3, connection.GetProperty("totalCount").GetInt32());
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task NewestItems_UsesFieldDefaultOrdering_UnlessOrderIsGiven()
    {
        var byDefault = await host.PostAsync("""{ newestItems(first: 3) { nodes { rawId } } }""");
        var ordered = await host.PostAsync("""{ newestItems(first: 3, order: [{ id: ASC }]) { nodes { rawId } } }""");

        var all = ItemSeed.Create().Select(i => i.Id).Order().ToList();
        Assert.Equal(all.AsEnumerable().Reverse().Take(3), RawIds(byDefault, "newestItems"));
        Assert.Equal(all.Take(3), RawIds(ordered, "newestItems"));
    }

    private static IEnumerable<int> RawIds(JsonElement body, string field) =>
        body.Data(field, "nodes").EnumerateArray().Select(n => n.GetProperty("rawId").GetInt32());

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

    private static List<int> Ids(JsonElement body) =>
        [.. body.Data("items", "edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("rawId").GetInt32())];

    private static string EndCursor(JsonElement body) => body.Data("items", "pageInfo", "endCursor").GetString()!;

    private static void AssertPageInfo(JsonElement body, bool hasNext, bool hasPrevious)
    {
        Assert.Equal(hasNext, body.Data("items", "pageInfo", "hasNextPage").GetBoolean());
        Assert.Equal(hasPrevious, body.Data("items", "pageInfo", "hasPreviousPage").GetBoolean());
    }
}
