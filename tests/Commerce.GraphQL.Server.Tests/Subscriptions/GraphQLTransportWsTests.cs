using System.Net.WebSockets;

namespace Commerce.GraphQL.Server.Tests.Subscriptions;

public sealed class GraphQLTransportWsTests : IAsyncLifetime
{
    private SubscriptionTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SubscriptionTestHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.Zero);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Subscribe_StreamsNextThenComplete_WhenSourcePublishesAndEnds()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SubscribeAsync("1", """subscription { events }""");
        await _host.Events.WaitForSubscribersAsync(1);

        _host.Events.Publish("first");
        _host.Events.Publish("second");
        _host.Events.Complete();

        foreach (var expected in new[] { "first", "second" })
        {
            var next = await client.ReceiveAsync();
            Assert.Equal("next", next.GetProperty("type").GetString());
            Assert.Equal("1", next.GetProperty("id").GetString());
            Assert.Equal(expected, next.GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
        }

        var complete = await client.ReceiveAsync();
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("1", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Subscribe_Works_WhenTheMessageSpansManyReads()
    {
        // Far longer than the socket's read buffer, with multi-byte characters that straddle its chunks.
        var comment = "# " + string.Concat(Enumerable.Repeat("ünïcødé ", 1000)) + "\n";
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SubscribeAsync("long", comment + "subscription { events }");
        await _host.Events.WaitForSubscribersAsync(1);

        _host.Events.Publish("ok");

        var next = await client.ReceiveAsync();
        Assert.Equal("long", next.GetProperty("id").GetString());
        Assert.Equal("ok", next.GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
    }

    [Fact]
    public async Task Next_CarriesTheOperationIdExactly_WhenTheIdNeedsEscaping()
    {
        const string id = "op \"1\" \\ ü\n";
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SubscribeAsync(id, """subscription { events }""");
        await _host.Events.WaitForSubscribersAsync(1);

        _host.Events.Publish("a \"quoted\" value");

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal(id, next.GetProperty("id").GetString());
        Assert.Equal("a \"quoted\" value", next.GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
    }

    [Theory]
    [InlineData("""{ hello }""", "hello", "world")]
    [InlineData("""mutation { touch }""", "touch", "touched")]
    public async Task Subscribe_SendsOneNextThenComplete_WhenOperationIsQueryOrMutation(string query, string field, string value)
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SubscribeAsync("q", query);

        var next = await client.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal(value, next.GetProperty("payload").GetProperty("data").GetProperty(field).GetString());
        Assert.Equal("complete", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Complete_UnsubscribesTheSource_WhenClientCompletes()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SubscribeAsync("1", """subscription { events }""");
        await _host.Events.WaitForSubscribersAsync(1);

        await client.SendAsync(new { id = "1", type = "complete" });

        await _host.Events.WaitForSubscribersAsync(0);
        // The id is free again: subscribing under it is not a duplicate.
        await client.SubscribeAsync("1", """{ hello }""");
        Assert.Equal("next", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Subscribe_SendsErrorWithErrorList_WhenValidationFails()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SubscribeAsync("1", """subscription { nope }""");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("1", error.GetProperty("id").GetString());
        Assert.Contains("nope", error.GetProperty("payload")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Subscribe_SendsUnauthenticatedError_WhenAnonymousCallerLacksTheScope()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SubscribeAsync("1", """subscription { secretEvents }""");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, _host.Events.SubscriberCount);
    }

    [Fact]
    public async Task Subscribe_RunsAsTheInitPayloadsUser_WhenTheScopeIsGranted()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress, new { scope = "read:secrets" });
        await client.SubscribeAsync("1", """subscription { secretEvents }""");
        await _host.Events.WaitForSubscribersAsync(1);

        _host.Events.Publish("classified");

        var next = await client.ReceiveAsync();
        Assert.Equal("classified", next.GetProperty("payload").GetProperty("data").GetProperty("secretEvents").GetString());
    }

    [Fact]
    public async Task Ping_IsAnsweredWithPongCarryingThePayload_EvenBeforeInit()
    {
        await using var client = await SocketClient.ConnectAsync(_host.SocketAddress);
        await client.SendAsync(new { type = "ping", payload = new { n = 7 } });

        var pong = await client.ReceiveAsync(skipKeepAlive: false);
        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal(7, pong.GetProperty("payload").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Connect_IsRefused_WhenSubprotocolIsUnsupported()
    {
        await Assert.ThrowsAsync<WebSocketException>(() => SocketClient.ConnectAsync(_host.SocketAddress, "mqtt"));
    }

    [Fact]
    public async Task Connect_IsRefused_WhenNoSubprotocolIsOffered()
    {
        using var socket = new ClientWebSocket();
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(_host.SocketAddress, CancellationToken.None));
    }
}
