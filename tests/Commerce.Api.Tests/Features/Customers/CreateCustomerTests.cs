using Commerce.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Customers;

public sealed class CreateCustomerTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Create = """
        mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id email tags } userErrors { code field message } } }
        """;

    [Fact]
    public async Task CreateCustomer_StoresLowerCaseEmailAndDistinctTags_WhenInputIsValid()
    {
        var payload = await shop.Client.MutateAsync("createCustomer", Create, new
        {
            email = "Thandi.Nkosi@Example.COM", firstName = "Thandi", lastName = "Nkosi", company = "  ", tags = new[] { "vip", " VIP ", "wholesale" }, acceptsMarketing = true,
        });

        Assert.Empty(payload.UserErrors());
        await using var db = shop.CreateDbContext();
        var stored = await db.Customers.SingleAsync(c => c.Email == "thandi.nkosi@example.com");
        Assert.Equal(("Thandi", null, true), (stored.FirstName, stored.Company, stored.AcceptsMarketing));
        Assert.Equal(["vip", "wholesale"], stored.Tags);
        Assert.Equal(["customer.created"], await shop.EventTypesAsync("Customer", stored.Id));
    }

    [Fact]
    public async Task CreateCustomer_ReturnsUserErrorsAndStoresNothing_WhenEmailTakenOrFieldsInvalid()
    {
        await using var db = shop.CreateDbContext();
        var takenEmail = await db.Customers.OrderBy(c => c.Id).Select(c => c.Email).FirstAsync();
        var before = await db.Customers.CountAsync();

        var taken = await shop.Client.MutateAsync("createCustomer", Create, new { email = takenEmail.ToUpperInvariant(), firstName = "A", lastName = "B" });
        var invalid = await shop.Client.MutateAsync("createCustomer", Create, new { email = "nobody", firstName = "", lastName = new string('x', 101), tags = new[] { " " } });

        Assert.Equal(["ALREADY_EXISTS at input.email"], taken.UserErrors());
        Assert.Equal(["INVALID_VALUE at input.email", "INVALID_VALUE at input.firstName", "INVALID_VALUE at input.lastName", "INVALID_VALUE at input.tags.0"],
            invalid.UserErrors());
        Assert.Equal(before, await db.Customers.CountAsync());
    }
}
