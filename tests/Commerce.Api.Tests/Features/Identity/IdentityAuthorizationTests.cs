using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Features.Identity;

/// <summary>
/// The scope requirements on the identity fields. These hold once the server layer's authorization rule enforces
/// RequireScopes/AllowPublic; until that lands they fail by design (nothing refuses the documents yet).
/// </summary>
public sealed class IdentityAuthorizationTests(DemoShopFactory factory) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task CreateVendorUser_IsRefused_WhenCallerLacksWriteVendors()
    {
        var key = await factory.CreateApiKeyAsync("read:vendors");

        var response = await factory.CreateGraphQLClient(key).PostAsync("""
            mutation { createVendorUser(input: { vendorId: "VmVuZG9yOjE", email: "sneaky@example.com", name: "S", password: "long enough password" }) { vendorUser { id } } }
            """);

        Assert.NotNull(response.Errors);
        Assert.Null(response.Data?["createVendorUser"]);
    }

    [Fact]
    public async Task ApiKeys_IsRefused_WhenCallerIsNotAdmin()
    {
        var key = await factory.CreateApiKeyAsync("read:orders");

        var response = await factory.CreateGraphQLClient(key).PostAsync("{ apiKeys(first: 1) { nodes { id } } }");

        Assert.NotNull(response.Errors);
    }

    [Fact]
    public async Task CreateApiKey_IsRefused_WhenCallerIsACustomer()
    {
        await factory.SignUpCustomerAsync("escalate@example.com");
        var session = await factory.SignInCustomerAsync("escalate@example.com");

        var response = await factory.CreateGraphQLClient(session.AccessToken).PostAsync(
            """mutation { createApiKey(input: { name: "mine", scopes: [ADMIN] }) { secret } }""");

        Assert.NotNull(response.Errors);
    }

    [Fact]
    public async Task Me_IsRefused_WhenCallerIsAnonymous()
    {
        var response = await factory.CreateAnonymousClient().PostAsync("{ me { email } }");

        Assert.NotNull(response.Errors);
    }

    [Fact]
    public async Task SignInCustomer_IsAllowed_WhenCallerIsAnonymous()
    {
        var response = await factory.CreateAnonymousClient().PostAsync(
            """mutation { signInCustomer(input: { email: "a@example.com", password: "whatever it is" }) { accessToken userErrors { code } } }""");

        Assert.Null(response.Errors);
    }
}
