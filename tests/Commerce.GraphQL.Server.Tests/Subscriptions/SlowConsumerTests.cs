namespace Commerce.GraphQL.Server.Tests.Subscriptions;

public sealed class SlowConsumerTests : IAsyncLifetime
{
    private SubscriptionTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SubscriptionTestHost.StartAsync(o =>
    {
        o.KeepAliveInterval = TimeSpan.Zero;
        o.SendQueueCapacity = 4;
        o.CloseTimeout = TimeSpan.FromMilliseconds(500);
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Socket_IsClosedAndSourceUnsubscribed_WhenClientStopsReading()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SubscribeAsync("1", """subscription { events }""");
        await _host.Events.WaitForSubscribersAsync(1);

        // ~64 MB of events against a client that reads nothing: far beyond the socket buffers and the 4-message queue.
        var big = new string('x', 64 * 1024);
        for (var i = 0; i < 1000 && _host.Events.SubscriberCount > 0; i++)
        {
            _host.Events.Publish(big);
        }

        await _host.Events.WaitForSubscribersAsync(0);
        var (code, _) = await client.ReceiveCloseOrAbortAsync();
        Assert.True(code is null or 1013, $"closed with {code}");
    }
}
