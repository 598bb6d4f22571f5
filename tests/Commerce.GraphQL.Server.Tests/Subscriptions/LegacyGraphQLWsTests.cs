namespace Commerce.GraphQL.Server.Tests.Subscriptions;

public sealed class LegacyGraphQLWsTests : IAsyncLifetime
{
    private const string Protocol = "graphql-ws";
    private SubscriptionTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SubscriptionTestHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.Zero);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Start_StreamsDataThenComplete_WhenSourcePublishesAndEnds()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress, subprotocol: Protocol);
        Assert.Equal("ka", (await client.ReceiveAsync(skipKeepAlive: false)).GetProperty("type").GetString());
        await client.SubscribeAsync("1", """subscription { events }""", type: "start");
        await _host.Events.WaitForSubscribersAsync(1);

        _host.Events.Publish("legacy");
        _host.Events.Complete();

        var data = await client.ReceiveAsync();
        Assert.Equal("data", data.GetProperty("type").GetString());
        Assert.Equal("legacy", data.GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
        Assert.Equal("complete", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Stop_UnsubscribesTheSource()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress, subprotocol: Protocol);
        await client.SubscribeAsync("1", """subscription { events }""", type: "start");
        await _host.Events.WaitForSubscribersAsync(1);

        await client.SendAsync(new { id = "1", type = "stop" });

        await _host.Events.WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task Start_SendsErrorWithResult_WhenValidationFails()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress, subprotocol: Protocol);
        await client.SubscribeAsync("1", """subscription { nope }""", type: "start");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Contains("nope", error.GetProperty("payload").GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Init_SendsConnectionErrorAndCloses_WhenCredentialsAreRefused()
    {
        await using var client = await SocketClient.ConnectAsync(_host.SocketAddress, Protocol);
        await client.SendAsync(new { type = "connection_init", payload = new { refuse = true } });

        Assert.Equal("connection_error", (await client.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal(4403, (await client.ReceiveCloseAsync()).Code);
    }

    [Fact]
    public async Task ConnectionTerminate_ClosesTheSocketAndStopsOperations()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress, subprotocol: Protocol);
        await client.SubscribeAsync("1", """subscription { events }""", type: "start");
        await _host.Events.WaitForSubscribersAsync(1);

        await client.SendAsync(new { type = "connection_terminate" });

        Assert.Equal(1000, (await client.ReceiveCloseAsync()).Code);
        await _host.Events.WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task Start_ClosesWith4401_WhenSentBeforeInit()
    {
        await using var client = await SocketClient.ConnectAsync(_host.SocketAddress, Protocol);
        await client.SubscribeAsync("1", """{ hello }""", type: "start");

        Assert.Equal(4401, (await client.ReceiveCloseAsync()).Code);
    }
}
