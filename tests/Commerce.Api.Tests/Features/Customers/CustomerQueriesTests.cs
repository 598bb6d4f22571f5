using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Customers;

[Collection(GraphCollection.Name)]
public sealed class CustomerQueriesTests(GraphFixture fixture)
{
    [Fact]
    public async Task Customer_ReturnsSameCustomer_WhenLookedUpByUpperCaseEmailOrId()
    {
        await using var db = fixture.CreateDbContext();
        var customer = await db.Customers.OrderBy(c => c.Id).Skip(3).FirstAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($email: String!, $id: ID!) { byEmail: customer(email: $email) { id email } byId: customer(id: $id) { id email } }
            """, new { email = customer.Email.ToUpperInvariant(), id = GlobalId.Encode("Customer", customer.Id) });

        Assert.Equal(customer.Email, data["byEmail"]!["email"]!.GetValue<string>());
        Assert.Equal(data["byId"]!["id"]!.GetValue<string>(), data["byEmail"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Customer_ReturnsInvalidArguments_WhenBothIdAndEmailGiven()
    {
        var response = await fixture.Client.PostAsync("""{ customer(id: "Q3VzdG9tZXI6MQ", email: "a@b.c") { id } }""");

        Assert.Equal("INVALID_ARGUMENTS", response.ErrorCode);
    }

    [Fact]
    public async Task CustomerOrders_EqualCustomersOrdersNewestFirst_WhenReadThroughTheCustomer()
    {
        await using var db = fixture.CreateDbContext();
        var customerId = await db.Orders.Where(o => o.CustomerId != null).GroupBy(o => o.CustomerId!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        var expected = await db.Orders.Where(o => o.CustomerId == customerId)
            .OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id).Select(o => o.Number).ToListAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($id: ID!) { customer(id: $id) { orderCount orders(first: 100) { totalCount nodes { number } } } }
            """, new { id = GlobalId.Encode("Customer", customerId) });

        Assert.True(expected.Count > 1);
        Assert.Equal(expected, data["customer"]!.Nodes("orders").Strings("number"));
        Assert.Equal(expected.Count, data["customer"]!["orders"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Count, data["customer"]!["orderCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Customers_OrderCountAndTotalSpentEqualDatabaseAggregate_WhenListed()
    {
        await using var db = fixture.CreateDbContext();
        var customers = await db.Customers.OrderBy(c => c.Id).Take(100).Select(c => c.Id).ToListAsync();
        var orders = await db.Orders.Where(o => o.CustomerId != null && customers.Contains(o.CustomerId.Value))
            .Select(o => new { CustomerId = o.CustomerId!.Value, o.Status, o.Currency, o.TotalMinorUnits }).ToListAsync();
        var counts = orders.GroupBy(o => o.CustomerId).ToDictionary(g => g.Key, g => g.Count());
        var spent = orders.Where(o => o.Status != OrderStatus.Cancelled).GroupBy(o => o.CustomerId)
            .ToDictionary(g => g.Key, g => g.GroupBy(o => o.Currency).Select(c => (c.Key, c.Sum(o => o.TotalMinorUnits))).OrderByDescending(c => c.Item2).ToList());

        var data = await fixture.Client.QueryAsync("""
            { customers(first: 100) { nodes { id orderCount totalSpent { minorUnits currencyCode } } } }
            """);

        var nodes = data.Nodes("customers");
        Assert.Equal(customers.Select(id => GlobalId.Encode("Customer", id)), nodes.Select(n => n!["id"]!.GetValue<string>()));
        Assert.Contains(customers, id => !counts.ContainsKey(id));
        foreach (var (id, node) in customers.Zip(nodes))
        {
            Assert.Equal(counts.GetValueOrDefault(id), node!["orderCount"]!.GetValue<int>());
            var actual = node["totalSpent"]!.AsArray()
                .Select(m => (m!["currencyCode"]!.GetValue<string>(), m["minorUnits"]!.GetValue<long>())).ToList();
            Assert.Equal(spent.GetValueOrDefault(id) ?? [], actual);
        }
    }

    [Fact]
    public async Task Customers_MatchDatabase_WhenFilteredByTagAndSearch()
    {
        await using var db = fixture.CreateDbContext();
        var all = await db.Customers.OrderBy(c => c.Id).ToListAsync();
        var tag = all.SelectMany(c => c.Tags).GroupBy(t => t).OrderByDescending(g => g.Count()).First().Key;
        var expectedTagged = all.Where(c => c.Tags.Contains(tag)).Take(100).Select(c => c.Email).ToList();
        var term = all[5].LastName.ToUpperInvariant();
        var expectedSearch = all.Where(c => $"{c.FirstName} {c.LastName}".Contains(term, StringComparison.OrdinalIgnoreCase)
            || c.Email.Contains(term, StringComparison.OrdinalIgnoreCase)).Take(100).Select(c => c.Email).ToList();

        var tagged = await fixture.Client.QueryAsync("query ($tag: String!) { customers(first: 100, where: { tags: $tag }) { nodes { email } } }", new { tag });
        var searched = await fixture.Client.QueryAsync("query ($term: String!) { customers(first: 100, where: { search: $term }) { nodes { email } } }", new { term });

        Assert.Equal(expectedTagged, tagged.Nodes("customers").Strings("email"));
        Assert.Equal(expectedSearch, searched.Nodes("customers").Strings("email"));
    }
}
