using Commerce.GraphQL.Server.Relay;

namespace Commerce.Api.Tests.Infrastructure;

/// <summary>Signs callers up and in through the real mutations, for tests that need a customer or a vendor user.</summary>
public static class IdentityTestExtensions
{
    public const string Password = "correct horse battery";

    /// <summary>Signs a new customer up; returns the customer's global id.</summary>
    public static async Task<string> SignUpCustomerAsync(this CommerceApiFactory factory, string email, string password = Password)
    {
        var data = await factory.CreateAnonymousClient().QueryAsync("""
            mutation($input: SignUpCustomerInput!) { signUpCustomer(input: $input) { customerId userErrors { code message } } }
            """, new { input = new { email, password, firstName = "Test", lastName = "Customer" } });
        Assert.Empty(data["signUpCustomer"]!["userErrors"]!.AsArray());
        return data["signUpCustomer"]!["customerId"]!.GetValue<string>();
    }

    /// <summary>Signs a customer in; returns the session's tokens.</summary>
    public static Task<TestSession> SignInCustomerAsync(this CommerceApiFactory factory, string email, string password = Password) =>
        SignInAsync(factory, "signInCustomer", email, password);

    /// <summary>Creates a vendor user for the vendor with database id <paramref name="vendorId"/> (as admin); returns its email.</summary>
    public static async Task<string> CreateVendorUserAsync(this CommerceApiFactory factory, int vendorId, string email, string password = Password)
    {
        var data = await new GraphQLClient(factory.CreateClient()).QueryAsync("""
            mutation($input: CreateVendorUserInput!) { createVendorUser(input: $input) { vendorUser { email } userErrors { code message } } }
            """, new { input = new { vendorId = GlobalId.Encode("Vendor", vendorId), email, name = "Test Vendor User", password } });
        Assert.Empty(data["createVendorUser"]!["userErrors"]!.AsArray());
        return data["createVendorUser"]!["vendorUser"]!["email"]!.GetValue<string>();
    }

    public static Task<TestSession> SignInVendorUserAsync(this CommerceApiFactory factory, string email, string password = Password) =>
        SignInAsync(factory, "signInVendorUser", email, password);

    private static async Task<TestSession> SignInAsync(CommerceApiFactory factory, string mutation, string email, string password)
    {
        var data = await factory.CreateAnonymousClient().QueryAsync($$"""
            mutation($input: SignInInput!) { {{mutation}}(input: $input) { accessToken refreshToken userErrors { code message } } }
            """, new { input = new { email, password } });
        var payload = data[mutation]!;
        Assert.Empty(payload["userErrors"]!.AsArray());
        return new TestSession(payload["accessToken"]!.GetValue<string>(), payload["refreshToken"]!.GetValue<string>());
    }
}

/// <summary>A signed-in session's token pair.</summary>
public sealed record TestSession(string AccessToken, string RefreshToken);
