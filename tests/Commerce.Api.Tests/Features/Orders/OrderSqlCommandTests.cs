using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Features.Orders;

/// <summary>
/// The issue's acceptance criterion: a deep order list costs one SQL command per level, whatever the page size.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class OrderSqlCommandTests(GraphFixture fixture)
{
    private const string DeepOrders = """
        query ($first: Int!) {
          orders(first: $first) {
            nodes { number customer { email } lines { sku variant { sku product { name vendor { name } } } } }
          }
        }
        """;

    [Fact]
    public async Task Orders_IssueOneCommandPerLevel_WhenTenOrAHundredDeepOrdersAreRead()
    {
        var ten = await fixture.Client.PostAsync(DeepOrders, new { first = 10 });
        var hundred = await fixture.Client.PostAsync(DeepOrders, new { first = 100 });

        Assert.Null(ten.Errors);
        Assert.Null(hundred.Errors);
        Assert.Equal(100, hundred.Data!.Nodes("orders").Count);
        // page + customers + lines + variants + products + vendors; no COUNT because totalCount is not selected.
        Assert.Equal(6, ten.SqlCommands);
        Assert.Equal(6, hundred.SqlCommands);
    }

    [Fact]
    public async Task Customers_IssueOneAggregatePerLevel_WhenOrderCountAndTotalSpentAreRead()
    {
        var response = await fixture.Client.PostAsync("""
            { customers(first: 100) { nodes { orderCount totalSpent { minorUnits } addresses { id } defaultShippingAddress { id } } } }
            """);

        Assert.Null(response.Errors);
        // page + one GROUP BY for both aggregates + one address query.
        Assert.Equal(3, response.SqlCommands);
    }
}
