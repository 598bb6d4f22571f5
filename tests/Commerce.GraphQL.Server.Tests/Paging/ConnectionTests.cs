using System.Text.Json;
using Commerce.GraphQL.Server.Tests.TestSupport;

namespace Commerce.GraphQL.Server.Tests.Paging;

public sealed class ConnectionTests(TestHost host) : IClassFixture<TestHost>, IAsyncLifetime
{
    private const string Page = ItemsPage.Query;

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

    private static List<int> Ids(JsonElement body) => ItemsPage.Ids(body);

    private static string EndCursor(JsonElement body) => ItemsPage.EndCursor(body);

    private static void AssertPageInfo(JsonElement body, bool hasNext, bool hasPrevious)
    {
        Assert.Equal(hasNext, body.Data("items", "pageInfo", "hasNextPage").GetBoolean());
        Assert.Equal(hasPrevious, body.Data("items", "pageInfo", "hasPreviousPage").GetBoolean());
    }
}
