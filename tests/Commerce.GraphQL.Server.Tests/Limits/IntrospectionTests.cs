using Commerce.GraphQL.Server.Tests.TestSupport.Shop;

namespace Commerce.GraphQL.Server.Tests.Limits;

/// <summary>Introspection limited to callers holding `admin`, as a host outside Development might configure it.</summary>
public sealed class IntrospectionTests : IAsyncLifetime
{
    private const string Introspection = "{ __schema { queryType { name } } __type(name: \"Widget\") { name } }";

    private readonly ShopHost _host = new(o => o.AllowIntrospection = user => user.HasClaim("scope", "admin"));

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Introspection_IsRefused_ForOtherCallers()
    {
        var anonymous = await _host.SendAsync(Introspection);
        var customer = await _host.SendAsync(Introspection, caller: "u1", scopes: "customer");

        Assert.Equal(["INTROSPECTION_DISABLED", "INTROSPECTION_DISABLED"], anonymous.ErrorCodes);
        Assert.Equal("Introspection is not allowed for this caller.", anonymous.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(["INTROSPECTION_DISABLED", "INTROSPECTION_DISABLED"], customer.ErrorCodes);
    }

    [Fact]
    public async Task Introspection_Runs_ForAllowedCallers_EvenFromTheDocumentCache()
    {
        var refused = await _host.SendAsync(Introspection);
        var allowed = await _host.SendAsync(Introspection, caller: "root", scopes: "admin");
        var again = await _host.SendAsync(Introspection);

        Assert.NotEmpty(refused.ErrorCodes);
        Assert.Empty(allowed.ErrorCodes);
        Assert.Equal("Query", allowed.Body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal(["INTROSPECTION_DISABLED", "INTROSPECTION_DISABLED"], again.ErrorCodes);
    }

    [Fact]
    public async Task Typename_IsAlwaysAllowed()
    {
        var response = await _host.SendAsync("{ __typename }");

        Assert.Empty(response.ErrorCodes);
        Assert.Equal("Query", response.Body.GetProperty("data").GetProperty("__typename").GetString());
    }
}
