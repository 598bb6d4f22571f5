using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Orders;

/// <summary><c>order(id:|number:)</c>, <c>node</c> and <c>nodes</c> over the sales types, and their id errors.</summary>
[Collection(GraphCollection.Name)]
public sealed class OrderLookupTests(GraphFixture fixture)
{
    [Fact]
    public async Task Order_ReturnsSameOrder_WhenLookedUpByNumberOrId()
    {
        await using var db = fixture.CreateDbContext();
        var order = await db.Orders.OrderBy(o => o.Id).Skip(7).FirstAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($number: String!, $id: ID!) { byNumber: order(number: $number) { id number } byId: order(id: $id) { id number } }
            """, new { number = order.Number, id = GlobalId.Encode("Order", order.Id) });

        Assert.Equal(order.Number, data["byId"]!["number"]!.GetValue<string>());
        Assert.Equal(data["byId"]!["id"]!.GetValue<string>(), data["byNumber"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Order_ReturnsNull_WhenNumberIsUnknown()
    {
        var data = await fixture.Client.QueryAsync("""{ order(number: "nope") { id } }""");

        Assert.Null(data["order"]);
    }

    [Theory]
    [InlineData("Q3VzdG9tZXI6MQ")] // Customer:1
    [InlineData("not an id")]
    public async Task Order_ReturnsInvalidId_WhenIdIsAnotherTypesOrGarbage(string id)
    {
        var response = await fixture.Client.PostAsync("query ($id: ID!) { order(id: $id) { number } }", new { id });

        Assert.Equal("INVALID_ID", response.ErrorCode);
    }

    [Fact]
    public async Task Node_ReturnsEachSalesType_WhenGivenItsId()
    {
        await using var db = fixture.CreateDbContext();
        var ids = new Dictionary<string, int>
        {
            ["Order"] = await db.Orders.MinAsync(o => o.Id),
            ["OrderLine"] = await db.OrderLines.MinAsync(l => l.Id),
            ["Customer"] = await db.Customers.MinAsync(c => c.Id),
            ["PaymentTransaction"] = await db.PaymentTransactions.MinAsync(t => t.Id),
            ["Fulfillment"] = await db.Fulfillments.MinAsync(f => f.Id),
        };

        foreach (var (typeName, key) in ids)
        {
            var id = GlobalId.Encode(typeName, key);
            var data = await fixture.Client.QueryAsync("query ($id: ID!) { node(id: $id) { __typename id } }", new { id });

            Assert.Equal(typeName, data["node"]!["__typename"]!.GetValue<string>());
            Assert.Equal(id, data["node"]!["id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Nodes_ResolvesOrderAndCustomerInOneBatchPerType_WhenIdsAreMixed()
    {
        await using var db = fixture.CreateDbContext();
        var orders = await db.Orders.OrderBy(o => o.Id).Take(2).Select(o => o.Id).ToListAsync();
        var customer = await db.Customers.MinAsync(c => c.Id);
        string[] ids = [GlobalId.Encode("Order", orders[0]), GlobalId.Encode("Customer", customer), GlobalId.Encode("Order", orders[1])];

        var response = await fixture.Client.PostAsync("query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids });

        Assert.Null(response.Errors);
        var nodes = response.Data!["nodes"]!.AsArray();
        Assert.Equal(["Order", "Customer", "Order"], nodes.Select(n => n!["__typename"]!.GetValue<string>()));
        Assert.Equal(ids, nodes.Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal(2, response.SqlCommands);
    }
}
