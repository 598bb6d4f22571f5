using System.Text.Json;
using Commerce.GraphQL.Server.Relay;
using Commerce.GraphQL.Server.Tests.TestSupport;

namespace Commerce.GraphQL.Server.Tests.Filtering;

public sealed class FilterAndSortTests(TestHost host) : IClassFixture<TestHost>, IAsyncLifetime
{
    private const string Query = """
        query($where: ItemFilterInput, $order: [ItemSortInput!]) {
          items(first: 100, where: $where, order: $order) { totalCount nodes { rawId } }
        }
        """;

    public Task InitializeAsync() => host.ResetItemsAsync(ItemSeed.Create());

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, int[]> Filters => new()
    {
        { """{ "name": { "eq": "Item 03" } }""", [3] },
        { """{ "name": { "contains": "iTeM 1" } }""", [10] },
        { """{ "name": { "startsWith": "item 0" }, "price": { "gt": 0 } }""", [1, 2, 4, 5, 7, 8] },
        { """{ "name": { "in": ["Item 01", "Item 02"], "neq": "Item 02" } }""", [1] },
        { """{ "note": { "eq": null } }""", [1, 3, 5, 7, 9] },
        { """{ "note": { "neq": null, "nin": ["note 2"] } }""", [4, 6, 8, 10] },
        { """{ "price": { "gte": 100, "lt": 200 } }""", [1, 4, 7, 10] },
        { """{ "price": { "in": [0, 200] }, "active": { "eq": false } }""", [8] },
        { """{ "createdAt": { "lte": "2026-01-01T03:00:00Z" } }""", [1, 2, 3] },
        { """{ "color": { "in": ["RED"] } }""", [3, 6, 9] },
        { """{ "color": { "neq": "RED" }, "active": { "neq": true } }""", [4, 8] },
        { """{ "or": [{ "price": { "eq": 0 } }, { "name": { "eq": "Item 01" } }] }""", [1, 3, 6, 9] },
        { """{ "and": [{ "price": { "eq": 100 } }, { "or": [{ "color": { "eq": "GREEN" } }, { "note": { "eq": "note 10" } }] }] }""", [1, 4, 7, 10] },
        { """{ "search": "note 1" }""", [10] },
        { """{ "id": { "in": ["SXRlbToy", "SXRlbTo1"] } }""", [2, 5] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Items_ReturnsMatchingRows_ForFilter(string where, int[] expected)
    {
        var body = await host.PostAsync(Query, new { where = JsonDocument.Parse(where).RootElement });

        Assert.False(body.HasErrors(), body.GetRawText());
        Assert.Equal(expected, Ids(body));
        Assert.Equal(expected.Length, body.Data("items", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Items_SortsByListPriority_WithIdTiebreaker()
    {
        var body = await host.PostAsync(Query, new { order = new object[] { new { active = "ASC" }, new { price = "DESC" } } });

        Assert.Equal([8, 4, 2, 5, 1, 7, 10, 3, 6, 9], Ids(body));
    }

    [Fact]
    public async Task Items_ReturnsInvalidSort_WhenItemSetsTwoFields()
    {
        var body = await host.PostAsync(Query, new { order = new[] { new { name = "ASC", price = "DESC" } } });

        Assert.Equal("INVALID_SORT", body.FirstErrorCode());
    }

    [Theory]
    [InlineData("""{ "name": { "like": "x" } }""")]
    [InlineData("""{ "price": { "contains": "1" } }""")]
    [InlineData("""{ "color": { "eq": "PURPLE" } }""")]
    [InlineData("""{ "unknown": { "eq": 1 } }""")]
    [InlineData("""{ "price": { "gt": "cheap" } }""")]
    public async Task Items_FailsValidationBeforeExecution_WhenFilterIsIllTyped(string where)
    {
        var body = await host.PostAsync(Query, new { where = JsonDocument.Parse(where).RootElement });

        Assert.True(body.HasErrors());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Empty(host.Sql.Commands);
    }

    [Fact]
    public async Task Items_ReturnsInvalidFilter_WhenInListIsTooLong()
    {
        var body = await host.PostAsync(Query, new { where = new { price = new { @in = Enumerable.Range(0, 101).ToArray() } } });

        Assert.Equal("INVALID_FILTER", body.FirstErrorCode());
    }

    [Fact]
    public async Task Items_ReturnsInvalidId_WhenIdFilterHasAnotherType()
    {
        var body = await host.PostAsync(Query, new { where = new { id = new { eq = GlobalId.Encode("Person", 1) } } });

        Assert.Equal("INVALID_ID", body.FirstErrorCode());
    }

    private static List<int> Ids(JsonElement body) =>
        [.. body.Data("items", "nodes").EnumerateArray().Select(n => n.GetProperty("rawId").GetInt32())];
}
