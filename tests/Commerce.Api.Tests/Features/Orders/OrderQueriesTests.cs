using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Orders;

/// <summary><c>orders</c>: filters and sorts match the database rows in the database's order.</summary>
[Collection(GraphCollection.Name)]
public sealed class OrderQueriesTests(GraphFixture fixture)
{
    private const string OrdersQuery = """
        query ($where: OrderFilterInput, $order: [OrderSortInput!], $first: Int, $after: String) {
          orders(where: $where, order: $order, first: $first, after: $after) { nodes { number } pageInfo { hasNextPage endCursor } }
        }
        """;

    [Fact]
    public async Task Orders_ReturnsNewestFirst_WhenNoOrderGiven()
    {
        await using var db = fixture.CreateDbContext();
        var expected = await NewestFirst(db.Orders).Take(50).Select(o => o.Number).ToListAsync();

        var data = await fixture.Client.QueryAsync(OrdersQuery, new { first = 50 });

        Assert.Equal(expected, data.Nodes("orders").Strings("number"));
    }

    [Fact]
    public async Task Orders_CoverConsecutiveRowsWithoutOverlap_WhenPagedForward()
    {
        await using var db = fixture.CreateDbContext();
        var expected = await NewestFirst(db.Orders).Take(30).Select(o => o.Number).ToListAsync();

        var numbers = new List<string>();
        string? after = null;
        for (var page = 0; page < 3; page++)
        {
            var data = await fixture.Client.QueryAsync(OrdersQuery, new { first = 10, after });
            numbers.AddRange(data.Nodes("orders").Strings("number"));
            Assert.True(data["orders"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
            after = data["orders"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(expected, numbers);
    }

    [Fact]
    public async Task Orders_MatchDatabase_WhenFilteredByStatusAndPaymentStatus()
    {
        await using var db = fixture.CreateDbContext();
        var expected = await NewestFirst(db.Orders.Where(o => o.Status == OrderStatus.Delivered && o.PaymentStatus == PaymentStatus.Paid))
            .Take(100).Select(o => o.Number).ToListAsync();

        var data = await fixture.Client.QueryAsync(OrdersQuery,
            new { first = 100, where = new { status = new { eq = "DELIVERED" }, paymentStatus = new { @in = new[] { "PAID" } } } });

        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Nodes("orders").Strings("number"));
    }

    [Fact]
    public async Task Orders_MatchDatabase_WhenFilteredByPlacedAtRangeAndSortedByTotal()
    {
        await using var db = fixture.CreateDbContext();
        var times = await db.Orders.OrderBy(o => o.PlacedAt).Select(o => o.PlacedAt).ToListAsync();
        var (from, to) = (times[times.Count / 3], times[times.Count / 3 + 60]);
        var expected = await db.Orders.Where(o => o.PlacedAt >= from && o.PlacedAt < to)
            .OrderByDescending(o => o.TotalMinorUnits).ThenBy(o => o.Id).Select(o => o.Number).ToListAsync();

        var data = await fixture.Client.QueryAsync(OrdersQuery,
            new { first = 100, where = new { placedAt = new { gte = from, lt = to } }, order = new[] { new { total = "DESC" } } });

        Assert.Equal(60, expected.Count);
        Assert.Equal(expected, data.Nodes("orders").Strings("number"));
    }

    [Fact]
    public async Task Orders_MatchDatabase_WhenFilteredByTotalRange()
    {
        await using var db = fixture.CreateDbContext();
        var expected = await NewestFirst(db.Orders.Where(o => o.TotalMinorUnits >= 10_000 && o.TotalMinorUnits <= 20_000))
            .Take(100).Select(o => o.Number).ToListAsync();

        var data = await fixture.Client.QueryAsync(OrdersQuery,
            new { first = 100, where = new { total = new { gte = 10_000, lte = 20_000 } } });

        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Nodes("orders").Strings("number"));
    }

    [Fact]
    public async Task Orders_MatchDatabase_WhenFilteredByCustomerId()
    {
        await using var db = fixture.CreateDbContext();
        var customerId = await db.Orders.Where(o => o.CustomerId != null).GroupBy(o => o.CustomerId!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        var expected = await NewestFirst(db.Orders.Where(o => o.CustomerId == customerId)).Select(o => o.Number).ToListAsync();

        var data = await fixture.Client.QueryAsync(OrdersQuery,
            new { first = 100, where = new { customer = new { eq = GlobalId.Encode("Customer", customerId) } } });

        Assert.True(expected.Count > 1);
        Assert.Equal(expected, data.Nodes("orders").Strings("number"));
    }

    [Fact]
    public async Task Orders_MatchDatabase_WhenFilteredByVendorId()
    {
        await using var db = fixture.CreateDbContext();
        var vendorId = await db.OrderLines.Where(l => l.VendorId != null).Select(l => l.VendorId!.Value).MinAsync();
        var expected = await NewestFirst(db.Orders.Where(o => o.Lines.Any(l => l.VendorId == vendorId)))
            .Take(100).Select(o => o.Number).ToListAsync();

        var data = await fixture.Client.QueryAsync(OrdersQuery,
            new { first = 100, where = new { vendor = GlobalId.Encode("Vendor", vendorId) } });

        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Nodes("orders").Strings("number"));
    }

    [Fact]
    public async Task Orders_ReturnsInvalidId_WhenCustomerFilterGetsAProductId()
    {
        var response = await fixture.Client.PostAsync("""
            query ($id: ID!) { orders(where: { customer: { eq: $id } }) { nodes { number } } }
            """, new { id = GlobalId.Encode("Product", 1) });

        Assert.Equal("INVALID_ID", response.ErrorCode);
    }

    [Fact]
    public async Task Orders_ReturnsInvalidId_WhenVendorFilterGetsACustomerId()
    {
        var response = await fixture.Client.PostAsync("""
            query ($id: ID!) { orders(where: { vendor: $id }) { nodes { number } } }
            """, new { id = GlobalId.Encode("Customer", 1) });

        Assert.Equal("INVALID_ID", response.ErrorCode);
    }

    private static IQueryable<Order> NewestFirst(IQueryable<Order> orders) =>
        orders.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id);
}
