using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Common;
using Commerce.Domain.Customers;

namespace Commerce.Api.Tests.Features.Customers;

/// <summary>Arranges customers of their own for mutation tests.</summary>
internal static class CustomerRows
{
    public static async Task<Customer> AddCustomerAsync(this ShopFixture shop, int addresses = 0)
    {
        await using var db = shop.CreateDbContext();
        var stamp = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var customer = new Customer
        {
            Email = $"c-{Guid.NewGuid():N}@test.example", FirstName = "Ada", LastName = "Lovelace", Company = "Engines Ltd", Phone = "+27 21 000 0000",
            Tags = ["vip"], CreatedAt = stamp, UpdatedAt = stamp,
            Addresses = [.. Enumerable.Range(0, addresses).Select(i => new CustomerAddress
            {
                Address = new Address { FirstName = "Ada", LastName = "Lovelace", Line1 = $"{i + 1} Main Rd", City = "Cape Town", PostalCode = "8001", CountryCode = "ZA" },
                IsDefaultShipping = i == 0, IsDefaultBilling = i == 0,
            })],
        };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return customer;
    }
}
