using System.Text.Json;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

/// <summary>The `items` connection query the paging tests send, and how they read its answer.</summary>
public static class ItemsPage
{
    public const string Query = """
        query($first: Int, $after: String, $last: Int, $before: String, $order: [ItemSortInput!]) {
          items(first: $first, after: $after, last: $last, before: $before, order: $order) {
            edges { cursor node { rawId } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    public static List<int> Ids(JsonElement body) =>
        [.. body.Data("items", "edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("rawId").GetInt32())];

    public static string EndCursor(JsonElement body) => body.Data("items", "pageInfo", "endCursor").GetString()!;

    /// <summary>Follows end cursors `pageSize` rows at a time until the last page; returns every id seen, in order.</summary>
    public static async Task<List<int>> ReadAllAsync(TestHost host, int pageSize, object order)
    {
        var seen = new List<int>();
        string? after = null;
        do
        {
            var page = await host.PostAsync(Query, new { first = pageSize, after, order });
            Assert.False(page.HasErrors(), page.GetRawText());
            seen.AddRange(Ids(page));
            after = page.Data("items", "pageInfo", "hasNextPage").GetBoolean() ? EndCursor(page) : null;
        }
        while (after is not null);

        return seen;
    }
}
