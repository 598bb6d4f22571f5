using Commerce.GraphQL.Server.Relay;
using Commerce.GraphQL.Server.Tests.TestSupport.Shop;

namespace Commerce.GraphQL.Server.Tests.Limits;

/// <summary>The cost model (defaults: page 20, list 10, mutation 10) on sample queries, before and after execution.</summary>
public sealed class QueryCostTests : IAsyncLifetime
{
    private readonly ShopHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData("{ hello }", 0)]
    [InlineData("{ __typename expensive }", 5)]
    [InlineData("{ widgets(first: 5) { edges { cursor node { name } } } }", 2 + 5)]
    [InlineData("{ widgets(last: 3) { nodes { name } pageInfo { hasNextPage } totalCount } }", 2 + 3 + 1 + 1)]
    [InlineData("{ widgets { nodes { name } } }", 2 + 20)]
    [InlineData("{ widgets(first: 10) { nodes { parts(first: 4) { nodes { name } } } } }", 2 + 10 + (10 * (2 + 4)))]
    [InlineData("{ featured { name } }", 10)]
    [InlineData("{ featured { related { name } } }", 10 + (10 * 10))]
    [InlineData("{ top { name } }", 3)]
    [InlineData("{ widgets(first: 5) { ...Page } } fragment Page on WidgetConnection { nodes { ... on Widget { name } } }", 2 + 5)]
    public async Task Cost_IsRequestedBeforeExecution_ForSampleQueries(string query, int expected)
    {
        var response = await _host.SendAsync(query);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(expected, response.RequestedCost);
    }

    [Fact]
    public async Task Cost_ChargesTheMutationCost_ForEachRootMutationField()
    {
        var response = await _host.SendAsync("""
            mutation { a: renameWidget(id: 1, name: "A") { name } b: renameWidget(id: 2, name: "B") { related { name } } }
            """, caller: "u1", scopes: "write:widgets");

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(10 + 10 + 10, response.RequestedCost);
    }

    [Theory]
    [InlineData(true, 2 + 5)]
    [InlineData(false, 2 + 5 + 10)]
    public async Task Cost_LeavesOutSkippedSelections_WithVariables(bool skip, int expected)
    {
        var response = await _host.SendAsync("""
            query($skip: Boolean!) { widgets(first: 5) { nodes { name } } featured @skip(if: $skip) { name } }
            """, new { skip });

        Assert.Equal(expected, response.RequestedCost);
    }

    [Fact]
    public async Task Cost_ReadsPageSizes_FromVariablesAndTheirDefaults()
    {
        const string query = "query($n: Int = 7) { widgets(first: $n) { nodes { name } } }";

        var sent = await _host.SendAsync(query, new { n = 50 });
        var defaulted = await _host.SendAsync(query);

        Assert.Equal(2 + 50, sent.RequestedCost);
        Assert.Equal(2 + 7, defaulted.RequestedCost);
    }

    [Fact]
    public async Task ActualCost_CountsTheItemsReturned_WhenFewerThanRequested()
    {
        var exact = await _host.SendAsync("{ widgets(first: 5) { nodes { name } } }");
        var partial = await _host.SendAsync("{ widgets(first: 50) { nodes { name } } }");

        Assert.Equal(7, exact.ActualCost);
        Assert.Equal(52, partial.RequestedCost);
        Assert.Equal(2 + 30, partial.ActualCost);
    }

    [Fact]
    public async Task ActualCost_IsZeroForNullObjects_AndExactForPlainLists()
    {
        var response = await _host.SendAsync("""
            query($missing: ID!) { node(id: $missing) { id } featured { related { name } } }
            """, new { missing = GlobalId.Encode("Widget", 999) });

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(1 + 10 + 100, response.RequestedCost);
        // featured returns 4 widgets, each with 5 related ones; the missing node costs nothing.
        Assert.Equal(4 + (4 * 5), response.ActualCost);
    }

    [Fact]
    public async Task Cost_IsRefused_AboveTheMaximum_AndNothingIsCharged()
    {
        var response = await _host.SendAsync("{ widgets(first: 100) { nodes { parts(first: 100) { nodes { name } } } } }");

        Assert.Equal(["MAX_COST_EXCEEDED"], response.ErrorCodes);
        Assert.StartsWith("The query costs 10,302, above the maximum of 1,000 per request", response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(response.Body.TryGetProperty("data", out _));
        Assert.Equal(10302, response.RequestedCost);
        Assert.Null(response.ActualCost);
        Assert.Equal(2000, response.Available);
    }

    [Fact]
    public async Task Cost_IsReported_OnEveryResponse()
    {
        var response = await _host.SendAsync("{ widgets(first: 2) { nodes { name } } }", ip: "10.0.0.1");

        Assert.Equal(4, response.RequestedCost);
        Assert.Equal(2000 - 4, response.Available);
        Assert.Equal(2000, response.Cost.GetProperty("throttleStatus").GetProperty("maximumAvailable").GetInt32());
        Assert.Equal(100, response.Cost.GetProperty("throttleStatus").GetProperty("restoreRate").GetInt32());
        Assert.Equal("1996", response.Header("X-RateLimit-Remaining"));
    }
}
