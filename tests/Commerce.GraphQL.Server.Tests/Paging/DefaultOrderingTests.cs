using System.Text.Json;
using Commerce.GraphQL.Server.Tests.TestSupport;

namespace Commerce.GraphQL.Server.Tests.Paging;

/// <summary>A connection's own default order (e.g. newest first) holds until the client gives a non-empty `order`.</summary>
public sealed class DefaultOrderingTests(TestHost host) : IClassFixture<TestHost>, IAsyncLifetime
{
    private const string Query = """
        query($order: [ItemSortInput!]) { newestItems(first: 3, order: $order) { nodes { rawId } } }
        """;

    public Task InitializeAsync() => host.ResetItemsAsync(ItemSeed.Create());

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(null)]
    [InlineData("[]")]
    public async Task NewestItems_UsesTheFieldsDefaultOrder_WhenOrderIsAbsentOrEmpty(string? order)
    {
        var body = await host.PostAsync(Query, new { order = order is null ? (JsonElement?)null : JsonDocument.Parse(order).RootElement });

        Assert.False(body.HasErrors(), body.GetRawText());
        Assert.Equal([10, 9, 8], Ids(body));
    }

    [Fact]
    public async Task NewestItems_UsesTheClientsOrder_WhenGiven()
    {
        var body = await host.PostAsync(Query, new { order = JsonDocument.Parse("""[{ "id": "ASC" }]""").RootElement });

        Assert.False(body.HasErrors(), body.GetRawText());
        Assert.Equal([1, 2, 3], Ids(body));
    }

    private static List<int> Ids(JsonElement body) =>
        [.. body.Data("newestItems", "nodes").EnumerateArray().Select(n => n.GetProperty("rawId").GetInt32())];
}
