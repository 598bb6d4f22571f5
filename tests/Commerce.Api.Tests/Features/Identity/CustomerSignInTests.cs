using Commerce.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Identity;

public sealed class CustomerSignInTests(DemoShopFactory factory) : IClassFixture<DemoShopFactory>
{
    private const string SignUp = """
        mutation($input: SignUpCustomerInput!) { signUpCustomer(input: $input) { customerId userErrors { code field message } } }
        """;

    private const string SignIn = """
        mutation($input: SignInInput!) {
          signInCustomer(input: $input) { customerId accessToken accessTokenExpiresAt refreshToken userErrors { code field message } }
        }
        """;

    [Fact]
    public async Task SignUpCustomer_ReturnsErrorsAndAddsNoRow_WhenInputBreaksRules()
    {
        await using var db = factory.CreateDbContext();
        var before = await db.Customers.CountAsync();

        var data = await factory.CreateAnonymousClient().QueryAsync(SignUp,
            new { input = new { email = "not-an-email", password = "short", firstName = "", lastName = "Doe" } });

        var errors = data["signUpCustomer"]!["userErrors"]!.AsArray();
        Assert.Equal(["email", "password", "firstName"], errors.Select(e => e!["field"]![1]!.GetValue<string>()));
        Assert.All(errors, e => Assert.Equal("INVALID_VALUE", e!["code"]!.GetValue<string>()));
        Assert.Null(data["signUpCustomer"]!["customerId"]);
        Assert.Equal(before, await db.Customers.CountAsync());
    }

    [Fact]
    public async Task SignUpCustomer_StoresOnlyAHash_WhenAccepted()
    {
        const string password = "a very secret passphrase";
        await factory.SignUpCustomerAsync("Hash.Me@Example.com", password);

        await using var db = factory.CreateDbContext();
        var row = await db.Customers.SingleAsync(c => c.Email == "hash.me@example.com");
        Assert.NotNull(row.PasswordHash);
        Assert.DoesNotContain(password, row.PasswordHash);
        Assert.StartsWith("AQAAAA", row.PasswordHash);   // ASP.NET Core Identity v3 format marker (0x01)
    }

    [Fact]
    public async Task SignUpCustomer_ReturnsAlreadyExists_WhenAGuestCustomerHasTheEmail()
    {
        await using var db = factory.CreateDbContext();
        var guest = await db.Customers.Where(c => c.PasswordHash == null).OrderBy(c => c.Id).FirstAsync();

        var data = await factory.CreateAnonymousClient().QueryAsync(SignUp,
            new { input = new { email = guest.Email.ToUpperInvariant(), password = "long enough password", firstName = "Eve", lastName = "Taker" } });

        Assert.Equal("ALREADY_EXISTS", data["signUpCustomer"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        var unchanged = await factory.CreateDbContext().Customers.SingleAsync(c => c.Id == guest.Id);
        Assert.Null(unchanged.PasswordHash);
    }

    [Fact]
    public async Task SignInCustomer_ReturnsTheSameError_WhenPasswordIsWrongOrEmailUnknown()
    {
        await factory.SignUpCustomerAsync("wrong.password@example.com");
        var client = factory.CreateAnonymousClient();

        var wrongPassword = await client.QueryAsync(SignIn, new { input = new { email = "wrong.password@example.com", password = "not the password" } });
        var unknownEmail = await client.QueryAsync(SignIn, new { input = new { email = "nobody@example.com", password = "not the password" } });

        Assert.Equal(wrongPassword.ToJsonString(), unknownEmail.ToJsonString());
        Assert.Equal("INVALID_CREDENTIALS", wrongPassword["signInCustomer"]!["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(wrongPassword["signInCustomer"]!["accessToken"]);
    }

    [Fact]
    public async Task Me_ReturnsTheSignedInCustomer_WhenCalledWithTheirAccessToken()
    {
        var id = await factory.SignUpCustomerAsync("me@example.com");
        var session = await factory.SignInCustomerAsync("ME@example.com");

        var data = await factory.CreateGraphQLClient(session.AccessToken).QueryAsync("{ me { id email orders(first: 5) { totalCount } addresses { id } } }");

        Assert.Equal(id, data["me"]!["id"]!.GetValue<string>());
        Assert.Equal("me@example.com", data["me"]!["email"]!.GetValue<string>());
        Assert.Equal(0, data["me"]!["orders"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task SignInCustomer_Succeeds_WhenUsingTheDocumentedDemoAccount()
    {
        await using var db = factory.CreateDbContext();
        var demo = await db.Customers.OrderBy(c => c.Id).FirstAsync();

        var session = await factory.SignInCustomerAsync(demo.Email, Commerce.Api.Hosting.DemoAccounts.Password);
        var data = await factory.CreateGraphQLClient(session.AccessToken).QueryAsync("{ me { email orders(first: 1) { totalCount } } }");

        Assert.Equal(demo.Email, data["me"]!["email"]!.GetValue<string>());
        Assert.Equal(await db.Orders.CountAsync(o => o.CustomerId == demo.Id), data["me"]!["orders"]!["totalCount"]!.GetValue<int>());
    }
}
