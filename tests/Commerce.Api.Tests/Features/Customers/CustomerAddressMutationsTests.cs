using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Customers;

public sealed class CustomerAddressMutationsTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Add = """
        mutation ($input: AddCustomerAddressInput!) { addCustomerAddress(input: $input) { customerAddress { id isDefaultShipping isDefaultBilling } userErrors { code field message } } }
        """;

    private const string Update = """
        mutation ($input: UpdateCustomerAddressInput!) { updateCustomerAddress(input: $input) { customerAddress { address { city } } userErrors { code field message } } }
        """;

    private const string Remove = """
        mutation ($input: RemoveCustomerAddressInput!) {
          removeCustomerAddress(input: $input) { deletedCustomerAddressId customer { defaultShippingAddress { id } } userErrors { code field message } }
        }
        """;

    private static readonly object Durban = new { firstName = "Ada", lastName = "L", line1 = "9 Beach Rd", city = "Durban", postalCode = "4001", countryCode = "ZA" };

    [Fact]
    public async Task AddCustomerAddress_MakesFirstAddressBothDefaults_AndMovesShippingDefaultWhenAsked()
    {
        var customer = await shop.AddCustomerAsync();
        var customerId = GlobalId.Encode("Customer", customer.Id);

        var first = await shop.Client.MutateAsync("addCustomerAddress", Add, new { customerId, address = Durban });
        var second = await shop.Client.MutateAsync("addCustomerAddress", Add, new { customerId, address = Durban, isDefaultShipping = true });

        Assert.True(first["customerAddress"]!["isDefaultBilling"]!.GetValue<bool>());
        Assert.Empty(second.UserErrors());
        await using var db = shop.CreateDbContext();
        var book = await db.CustomerAddresses.Where(a => a.CustomerId == customer.Id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([(false, true), (true, false)], book.Select(a => (a.IsDefaultShipping, a.IsDefaultBilling)));
        Assert.Equal(["customer.updated", "customer.updated"], await shop.EventTypesAsync("Customer", customer.Id));
    }

    [Fact]
    public async Task AddCustomerAddress_ReturnsUserErrorsAndAddsNothing_WhenAddressInvalidOrCustomerMissing()
    {
        var customer = await shop.AddCustomerAsync();

        var invalid = await shop.Client.MutateAsync("addCustomerAddress", Add, new
        {
            customerId = GlobalId.Encode("Customer", customer.Id),
            address = new { firstName = "A", lastName = "B", line1 = "", city = "X", postalCode = "1", countryCode = "South Africa" },
        });
        var missing = await shop.Client.MutateAsync("addCustomerAddress", Add, new { customerId = GlobalId.Encode("Order", 1), address = Durban });

        Assert.Equal(["INVALID_ADDRESS at input.address.line1", "INVALID_ADDRESS at input.address.countryCode"], invalid.UserErrors());
        Assert.Equal(["INVALID_ID at input.customerId"], missing.UserErrors());
        await using var db = shop.CreateDbContext();
        Assert.False(await db.CustomerAddresses.AnyAsync(a => a.CustomerId == customer.Id));
    }

    [Fact]
    public async Task UpdateCustomerAddress_ReplacesAddressAndMovesDefault_ButRefusesUnsettingTheDefault()
    {
        var customer = await shop.AddCustomerAsync(addresses: 2);
        var (first, second) = (customer.Addresses[0], customer.Addresses[1]);

        var moved = await shop.Client.MutateAsync("updateCustomerAddress", Update,
            new { customerAddressId = GlobalId.Encode("CustomerAddress", second.Id), address = Durban, isDefaultBilling = true });
        var unset = await shop.Client.MutateAsync("updateCustomerAddress", Update,
            new { customerAddressId = GlobalId.Encode("CustomerAddress", first.Id), isDefaultShipping = false, address = Durban });

        Assert.Equal("Durban", moved["customerAddress"]!["address"]!["city"]!.GetValue<string>());
        Assert.Equal(["INVALID_VALUE at input.isDefaultShipping"], unset.UserErrors());
        await using var db = shop.CreateDbContext();
        var book = await db.CustomerAddresses.Where(a => a.CustomerId == customer.Id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([(true, false, "Cape Town"), (false, true, "Durban")], book.Select(a => (a.IsDefaultShipping, a.IsDefaultBilling, a.Address.City)));
    }

    [Fact]
    public async Task RemoveCustomerAddress_HandsDefaultsToOldestRemainingEntry_WhenDefaultIsRemoved()
    {
        var customer = await shop.AddCustomerAsync(addresses: 3);
        var removedId = GlobalId.Encode("CustomerAddress", customer.Addresses[0].Id);

        var payload = await shop.Client.MutateAsync("removeCustomerAddress", Remove, new { customerAddressId = removedId });
        var again = await shop.Client.MutateAsync("removeCustomerAddress", Remove, new { customerAddressId = removedId });

        Assert.Equal(removedId, payload["deletedCustomerAddressId"]!.GetValue<string>());
        Assert.Equal(GlobalId.Encode("CustomerAddress", customer.Addresses[1].Id), payload["customer"]!["defaultShippingAddress"]!["id"]!.GetValue<string>());
        Assert.Equal(["NOT_FOUND at input.customerAddressId"], again.UserErrors());
        await using var db = shop.CreateDbContext();
        var book = await db.CustomerAddresses.Where(a => a.CustomerId == customer.Id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([(true, true), (false, false)], book.Select(a => (a.IsDefaultShipping, a.IsDefaultBilling)));
    }
}
