using Commerce.Api.Auth;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Subscriptions;

public sealed class WebSocketAuthenticationTests : IClassFixture<DemoShopFactory>
{
    private const string OrdersQuery = """{ orders(first: 1) { totalCount } }""";
    private readonly DemoShopFactory _factory;

    public WebSocketAuthenticationTests(DemoShopFactory factory) => _factory = factory;

    [Fact]
    public async Task Query_Runs_WhenInitPayloadCarriesAnApiKeyWithTheScope()
    {
        var key = await _factory.CreateApiKeyAsync(Scopes.ReadOrders);
        await using var socket = await GraphQLSocket.ConnectAsync(_factory);
        Assert.Equal("connection_ack", (await socket.InitAsync(new { authorization = "Bearer " + key }))!.Value.GetProperty("type").GetString());

        var next = await socket.RunAsync(OrdersQuery);

        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.True(next.GetProperty("payload").GetProperty("data").GetProperty("orders").GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal("complete", (await socket.ReceiveAsync())!.Value.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("apiKey")]
    [InlineData("X-API-Key")]
    [InlineData("token")]
    public async Task Init_AcceptsTheKey_UnderEachPayloadName(string name)
    {
        var key = await _factory.CreateApiKeyAsync(Scopes.ReadOrders);
        await using var socket = await GraphQLSocket.ConnectAsync(_factory);
        await socket.InitAsync(new Dictionary<string, string> { [name] = key });

        var next = await socket.RunAsync(OrdersQuery);

        Assert.False(next.GetProperty("payload").TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Operations_RunAsTheCustomer_WhenInitPayloadCarriesTheirAccessToken()
    {
        await _factory.SignUpCustomerAsync("socket.customer@example.com");
        var session = await _factory.SignInCustomerAsync("socket.customer@example.com");
        await using var socket = await GraphQLSocket.ConnectAsync(_factory);
        await socket.InitAsync(new { authorization = "Bearer " + session.AccessToken });

        var next = await socket.RunAsync("""{ me { email } }""");

        Assert.Equal("socket.customer@example.com", next.GetProperty("payload").GetProperty("data").GetProperty("me").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Init_ClosesWith4403_WhenTheKeyIsInvalid()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(_factory);

        Assert.Null(await socket.InitAsync(new { authorization = "Bearer cgk_not-a-real-key" }));
        Assert.Equal(4403, socket.CloseStatus);
    }

    [Fact]
    public async Task ScopedField_IsRefusedWithUnauthenticated_WhenNoCredentialsAreSent()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(_factory);
        Assert.Equal("connection_ack", (await socket.InitAsync(null))!.Value.GetProperty("type").GetString());

        var error = await socket.RunAsync(OrdersQuery);

        Assert.Equal("error", error.GetProperty("type").GetString());
        var first = error.GetProperty("payload")[0];
        Assert.Equal("UNAUTHENTICATED", first.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("orders", first.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Operations_RunAsTheUpgradeRequestsCaller_WhenThePayloadHasNoCredentials()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(_factory, "Bearer " + _factory.AdminApiKey);
        await socket.InitAsync(new { });

        var next = await socket.RunAsync(OrdersQuery);

        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.False(next.GetProperty("payload").TryGetProperty("errors", out _));
    }
}
