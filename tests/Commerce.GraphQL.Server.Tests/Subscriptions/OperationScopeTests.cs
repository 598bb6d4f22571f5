namespace Commerce.GraphQL.Server.Tests.Subscriptions;

public sealed class OperationScopeTests : IAsyncLifetime
{
    private SubscriptionTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SubscriptionTestHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.Zero);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ScopedService_IsSharedWithinAnOperation_AndDiffersBetweenOperations()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SubscribeAsync("a", """subscription { ticks { value operation } }""");
        await client.SubscribeAsync("b", """subscription { ticks { value operation } }""");
        await _host.Events.WaitForSubscribersAsync(2);

        _host.Events.Publish("1");
        _host.Events.Publish("2");

        var operations = new Dictionary<string, List<string>>();
        for (var i = 0; i < 4; i++)
        {
            var next = await client.ReceiveAsync();
            var tick = next.GetProperty("payload").GetProperty("data").GetProperty("ticks");
            var id = next.GetProperty("id").GetString()!;
            (operations.TryGetValue(id, out var list) ? list : operations[id] = []).Add(tick.GetProperty("operation").GetString()!);
        }

        Assert.Single(operations["a"].Distinct());
        Assert.Single(operations["b"].Distinct());
        Assert.NotEqual(operations["a"][0], operations["b"][0]);
    }

    [Fact]
    public async Task DataLoaders_ResolvePerEvent_InTheOperationsScope()
    {
        await using var client = await SocketClient.InitializeAsync(_host.SocketAddress);
        await client.SubscribeAsync("1", """subscription { ticks { person { name friend { name } } } }""");
        await _host.Events.WaitForSubscribersAsync(1);

        _host.Events.Publish("3");

        var person = (await client.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("ticks").GetProperty("person");
        Assert.Equal("P3", person.GetProperty("name").GetString());
        Assert.Equal("P4", person.GetProperty("friend").GetProperty("name").GetString());
    }
}
