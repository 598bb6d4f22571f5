namespace Commerce.GraphQL.Server.Tests.Subscriptions;

public sealed class GraphQLTransportWsCloseCodeTests : IAsyncLifetime
{
    private SubscriptionTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SubscriptionTestHost.StartAsync(o =>
    {
        // Long enough that a starved machine (CI, load average 10) still acknowledges in time; short enough to wait out.
        o.ConnectionInitTimeout = TimeSpan.FromMilliseconds(1500);
        o.KeepAliveInterval = TimeSpan.Zero;
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Subscribe_ClosesWith4401_WhenSentBeforeAck()
    {
        await using var client = await SocketClient.ConnectAsync(_host.SocketAddress);
        await client.SubscribeAsync("1", """{ hello }""");

        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Init_ClosesWith4429_WhenSentTwice()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Init_ClosesWith4403_WhenCredentialsAreRefused()
    {
        await using var client = await SocketClient.ConnectAsync(_host.SocketAddress);
        await client.SendAsync(new { type = "connection_init", payload = new { refuse = true } });

        Assert.Equal((4403, "Forbidden"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Socket_ClosesWith4408_WhenNoInitArrivesInTime()
    {
        await using var client = await SocketClient.ConnectAsync(_host.SocketAddress);

        Assert.Equal((4408, "Connection initialisation timeout"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Socket_StaysOpen_WhenInitArrivesInTime()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await Task.Delay(2000);   // past the init timeout

        await client.SubscribeAsync("1", """{ hello }""");
        Assert.Equal("next", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Subscribe_ClosesWith4409_WhenIdIsAlreadyRunning()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SubscribeAsync("dup", """subscription { events }""");
        await client.SubscribeAsync("dup", """subscription { events }""");

        Assert.Equal((4409, "Subscriber for dup already exists"), await client.ReceiveCloseAsync());
        await _host.Events.WaitForSubscribersAsync(0);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"teleport"}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{}}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"id":"1","type":"next","payload":{}}""")]
    public async Task Message_ClosesWith4400_WhenInvalid(string message)
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SendTextAsync(message);

        var (code, reason) = await client.ReceiveCloseAsync();
        Assert.Equal(4400, code);
        Assert.StartsWith("Invalid message received", reason);
    }

    [Fact]
    public async Task Message_ClosesWith1009_WhenLargerThanTheLimit()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SubscribeAsync("1", "{ hello " + new string(' ', 70_000) + "}");

        Assert.Equal(1009, (await client.ReceiveCloseAsync()).Code);
    }
}
