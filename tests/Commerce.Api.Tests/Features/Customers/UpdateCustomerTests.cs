using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Customers;

public sealed class UpdateCustomerTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Update = """
        mutation ($input: UpdateCustomerInput!) { updateCustomer(input: $input) { customer { email phone tags } userErrors { code field message } } }
        """;

    [Fact]
    public async Task UpdateCustomer_ChangesGivenFieldsAndClearsNulls_WhenOthersAreLeftOut()
    {
        var customer = await shop.AddCustomerAsync();

        var payload = await shop.Client.MutateAsync("updateCustomer", Update,
            new { customerId = GlobalId.Encode("Customer", customer.Id), tags = new[] { "b2b" }, phone = (string?)null });

        Assert.Empty(payload.UserErrors());
        await using var db = shop.CreateDbContext();
        var stored = await db.Customers.SingleAsync(c => c.Id == customer.Id);
        Assert.Equal((customer.Email, customer.FirstName, customer.Company, null), (stored.Email, stored.FirstName, stored.Company, stored.Phone));
        Assert.Equal(["b2b"], stored.Tags);
        Assert.True(stored.UpdatedAt > customer.UpdatedAt);
        Assert.Equal(["customer.updated"], await shop.EventTypesAsync("Customer", customer.Id));
    }

    [Fact]
    public async Task UpdateCustomer_ReturnsUserErrorsAndChangesNothing_WhenEmailTakenOrCustomerMissing()
    {
        var customer = await shop.AddCustomerAsync();
        var other = await shop.AddCustomerAsync();

        var taken = await shop.Client.MutateAsync("updateCustomer", Update,
            new { customerId = GlobalId.Encode("Customer", customer.Id), email = other.Email, lastName = " " });
        var missing = await shop.Client.MutateAsync("updateCustomer", Update, new { customerId = GlobalId.Encode("Customer", int.MaxValue), lastName = "X" });

        Assert.Equal(["ALREADY_EXISTS at input.email", "INVALID_VALUE at input.lastName"], taken.UserErrors());
        Assert.Equal(["NOT_FOUND at input.customerId"], missing.UserErrors());
        await using var db = shop.CreateDbContext();
        var stored = await db.Customers.SingleAsync(c => c.Id == customer.Id);
        Assert.Equal((customer.Email, customer.LastName, customer.UpdatedAt), (stored.Email, stored.LastName, stored.UpdatedAt));
        Assert.Empty(await shop.EventTypesAsync("Customer", customer.Id));
    }
}
