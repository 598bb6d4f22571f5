using Commerce.Api.Auth;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Features.Access;

/// <summary>
/// Query cost through the real Api (docs/server-layer.md "Query cost"): objects 1, connections 2 with `first`
/// items below them, scalars 0, `totalCount`/`pageInfo` 1, plain lists their WithListSize or 10; each field's cost
/// is multiplied by the list sizes above it. The Api allows 10,000 per request from a 50,000 bucket restoring 2,000/s.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class CostOverHttpTests(GraphFixture fixture)
{
    [Fact]
    public async Task Extensions_ReportRequestedActualAndThrottleStatus_OnACatalogueQuery()
    {
        var response = await fixture.AnonymousClient.PostAsync("{ products(first: 5) { nodes { name } } }");

        var cost = response.Body["extensions"]!["cost"]!;
        var returned = response.Data!.Nodes("products").Count;
        Assert.Equal(2 + 5, cost["requestedQueryCost"]!.GetValue<int>());   // connection 2 + 5 nodes × 1
        Assert.Equal(2 + returned, cost["actualQueryCost"]!.GetValue<int>());
        var throttle = cost["throttleStatus"]!;
        Assert.Equal(50_000, throttle["maximumAvailable"]!.GetValue<int>());
        Assert.Equal(2_000, throttle["restoreRate"]!.GetValue<int>());
        Assert.InRange(throttle["currentlyAvailable"]!.GetValue<int>(), 50_000 - 7, 50_000);
    }

    public static TheoryData<string, int> Documents => new()
    {
        // products 2 + nodes 10×1 + variants (plain list, 10 assumed) 10×10×1 + price 100×1 = 212
        { "{ products(first: 10) { nodes { name variants { sku price { amount } } } } }", 212 },
        // orders 2 + totalCount 1 + nodes 5 + lines (10 assumed) 5×10 + payments (WithListSize 5) 5×5 + customer 5×1 = 88
        { "{ orders(first: 5) { totalCount nodes { number lines { sku } payments { kind } customer { email } } } }", 88 },
        // customers 2 + pageInfo 1 + nodes 20 + addresses (WithListSize 5) 20×5 + orders (connection) 20×2 + their nodes 20×3 = 223
        { "{ customers(first: 20) { pageInfo { hasNextPage } nodes { addresses { id } orders(first: 3) { nodes { number } } } } }", 223 },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task RequestedQueryCost_FollowsTheCostModel_ForCommerceQueries(string document, int expected)
    {
        var response = await fixture.Client.PostAsync(document);

        Assert.True(response.Errors is null, response.ToString());
        Assert.Equal(expected, response.Body["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<int>());
    }

    [Fact]
    public async Task AbsurdQuery_IsRefusedWithMaxCostExceededAndNotCharged()
    {
        var client = fixture.Factory.CreateGraphQLClient(await fixture.Factory.CreateApiKeyAsync(Scopes.Admin));

        // products 2 + nodes 100 + variants 100×10 + stockLevels (WithListSize 5) 1,000×5 + warehouse 5,000×1 = 11,102
        var response = await client.PostAsync("{ products(first: 100) { nodes { variants { stockLevels { warehouse { name } } } } } }");

        AccessAssertions.AssertRefusedBeforeExecution(response, "MAX_COST_EXCEEDED");
        var cost = response.Body["extensions"]!["cost"]!;
        Assert.Equal(11_102, cost["requestedQueryCost"]!.GetValue<int>());
        Assert.Null(cost["actualQueryCost"]);
        Assert.Equal(50_000, cost["throttleStatus"]!["currentlyAvailable"]!.GetValue<int>());
    }
}
