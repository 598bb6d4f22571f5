using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Customers;

/// <summary>Amounts in different currencies are never added together: totalSpent has one entry per currency.</summary>
public sealed class CustomerTotalSpentTests : IDisposable
{
    private readonly CommerceApiFactory _factory = new();

    [Fact]
    public async Task TotalSpent_ListsEachCurrencySeparately_WhenACustomerBoughtInTwo()
    {
        var client = new GraphQLClient(_factory.CreateClient());
        await using var db = Commerce.Infrastructure.Persistence.CommerceDbContextOptions.CreateContext(
            Commerce.Infrastructure.Persistence.DatabaseProvider.Sqlite, _factory.ConnectionString);
        var order = await db.Orders.AsNoTracking()
            .FirstAsync(o => o.CustomerId != null && o.Status != OrderStatus.Cancelled);
        var usd = await db.Orders.Where(o => o.CustomerId == order.CustomerId && o.Status != OrderStatus.Cancelled).SumAsync(o => o.TotalMinorUnits);
        db.Orders.Add(EuroCopyOf(order));
        await db.SaveChangesAsync();

        var data = await client.QueryAsync("""
            query ($id: ID!) { customer(id: $id) { totalSpent { minorUnits currencyCode } } }
            """, new { id = GlobalId.Encode("Customer", order.CustomerId!.Value) });

        var spent = data["customer"]!["totalSpent"]!.AsArray()
            .Select(m => (m!["currencyCode"]!.GetValue<string>(), m["minorUnits"]!.GetValue<long>())).ToList();
        Assert.Equal([("USD", usd), ("EUR", 1L)], spent);
    }

    public void Dispose() => _factory.Dispose();

    private static Order EuroCopyOf(Order order) => new()
    {
        Number = order.Number + "-EUR",
        CustomerId = order.CustomerId,
        Email = order.Email,
        Currency = "EUR",
        SubtotalMinorUnits = 1,
        TotalMinorUnits = 1,
        PlacedAt = order.PlacedAt,
        UpdatedAt = order.PlacedAt,
    };
}
