namespace Commerce.GraphQL.Server.Tests.Subscriptions;

public sealed class KeepAliveTests : IAsyncLifetime
{
    private SubscriptionTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SubscriptionTestHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(100));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Server_SendsPing_AfterTheAckEveryInterval()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);

        Assert.Equal("ping", (await client.ReceiveAsync(skipKeepAlive: false)).GetProperty("type").GetString());
        await client.SendAsync(new { type = "pong" });
        Assert.Equal("ping", (await client.ReceiveAsync(skipKeepAlive: false)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Server_SendsKa_OnTheLegacyProtocol()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress, subprotocol: "graphql-ws");

        Assert.Equal("ka", (await client.ReceiveAsync(skipKeepAlive: false)).GetProperty("type").GetString());
        Assert.Equal("ka", (await client.ReceiveAsync(skipKeepAlive: false)).GetProperty("type").GetString());
    }
}
