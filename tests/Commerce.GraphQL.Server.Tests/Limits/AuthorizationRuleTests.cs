using System.Net;
using System.Text.Json;
using Commerce.GraphQL.Server.Relay;
using Commerce.GraphQL.Server.Tests.TestSupport.Shop;

namespace Commerce.GraphQL.Server.Tests.Limits;

/// <summary>Scope requirements enforced before execution: every selected field, its declaring type and its return type.</summary>
public sealed class AuthorizationRuleTests : IAsyncLifetime
{
    private static readonly string OrderId = GlobalId.Encode("Order", 2);

    private readonly ShopHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Query_Runs_WhenAnonymousReadsThePublicCatalogue()
    {
        var response = await _host.SendAsync("{ hello widgets(first: 1) { nodes { name } } featured { name } }");

        Assert.Empty(response.ErrorCodes);
        Assert.Equal("W1", response.Body.GetProperty("data").GetProperty("widgets").GetProperty("nodes")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Query_ReturnsUnauthenticated_WhenAnonymousSelectsAProtectedField()
    {
        var response = await _host.SendAsync("{ hello secret }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out _));
        var message = Message(response, 0);
        Assert.Contains("Query.secret", message);
        Assert.Contains("send an API key or sign in", message);
        Assert.Contains("read:secret", message);
    }

    [Fact]
    public async Task Query_ReturnsForbidden_WhenTheCallerLacksTheScope()
    {
        var response = await _host.SendAsync("{ secret }", caller: "u1", scopes: "read:orders");

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Equal("Access to Query.secret requires one of the scopes: read:secret.", Message(response, 0));
    }

    [Theory]
    [InlineData("read:secret")]
    [InlineData("admin")]
    [InlineData("other read:secret")]
    public async Task Query_Runs_WhenTheCallerHoldsTheScopeOrTheSuperScope(string scopes)
    {
        var response = await _host.SendAsync("{ secret }", caller: "u1", scopes: scopes);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal("hidden", response.Body.GetProperty("data").GetProperty("secret").GetString());
    }

    [Fact]
    public async Task Query_ReportsEveryRefusal_WithPaths()
    {
        var response = await _host.SendAsync("{ a: secret orders { total } b: secret }", caller: "u1", scopes: "none");

        Assert.Equal(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"], response.ErrorCodes);
        Assert.Equal(["a", "orders", "orders.total", "b"], Paths(response));
        Assert.Contains("Query.orders requires one of the scopes: read:orders, customer", Message(response, 1));
    }

    [Fact]
    public async Task Query_ChecksTheFieldsOwnRequirement_OnAnAllowedType()
    {
        var response = await _host.SendAsync("{ orders { total note } }", caller: "u1", scopes: "customer");

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Equal(["orders.note"], Paths(response));
        Assert.Equal("Access to Order.note requires one of the scopes: read:notes.", Message(response, 0));
    }

    [Theory]
    [InlineData("query($id: ID!) { node(id: $id) { id ... on Order { total } } }")]
    [InlineData("query($id: ID!) { node(id: $id) { id ...O } } fragment O on Order { total }")]
    public async Task Node_ChecksTheTypeRequirement_ThroughFragmentsOnTheInterface(string query)
    {
        var refused = await _host.SendAsync(query, new { id = OrderId }, caller: "u1", scopes: "none");
        var allowed = await _host.SendAsync(query, new { id = OrderId }, caller: "u1", scopes: "read:orders");

        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        Assert.Equal(["node.total"], Paths(refused));
        Assert.Empty(allowed.ErrorCodes);
        Assert.Equal(250, allowed.Body.GetProperty("data").GetProperty("node").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Node_RefusesAProtectedObject_EvenWhenOnlyInterfaceFieldsAreSelected()
    {
        var response = await _host.SendAsync("query($id: ID!) { node(id: $id) { id } }", new { id = OrderId });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Body.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Theory]
    [InlineData(true, false, 0)]
    [InlineData(false, false, 1)]
    [InlineData(true, true, 1)]
    public async Task Query_HonoursSkipAndInclude_WithVariables(bool skip, bool include, int refusals)
    {
        var response = await _host.SendAsync("""
            query($skip: Boolean!, $include: Boolean!) { hello secret @skip(if: $skip) again: secret @include(if: $include) }
            """, new { skip, include });

        Assert.Equal(refusals, response.ErrorCodes.Length);
    }

    [Fact]
    public async Task Query_ChecksEachCaller_WhenTheDocumentIsCached()
    {
        const string query = "{ secret }";

        var allowed = await _host.SendAsync(query, caller: "u1", scopes: "read:secret");
        var refused = await _host.SendAsync(query);

        Assert.Empty(allowed.ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], refused.ErrorCodes);
        Assert.Equal(1, _host.Validations.Runs);
    }

    [Fact]
    public async Task Mutation_IsRefused_AndNothingRuns_WhenTheScopeIsMissing()
    {
        var response = await _host.SendAsync("""mutation { renameWidget(id: 1, name: "x") { name } }""", caller: "u1", scopes: "read:orders");

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out _));
        Assert.Null(response.RequestedCost);
    }

    private static string Message(ShopResponse response, int index) =>
        response.Body.GetProperty("errors")[index].GetProperty("message").GetString()!;

    private static string[] Paths(ShopResponse response) =>
        [.. response.Body.GetProperty("errors").EnumerateArray().Select(e => string.Join('.', e.GetProperty("path").EnumerateArray().Select(p => p.ToString())))];
}
