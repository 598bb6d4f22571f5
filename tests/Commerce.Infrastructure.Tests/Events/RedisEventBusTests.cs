using Commerce.Infrastructure.Events;
using Microsoft.Extensions.Logging.Abstractions;

namespace Commerce.Infrastructure.Tests.Events;

public sealed class RedisEventBusTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task Publish_ReachesSubscribersOfEveryInstanceInOrder_WhenTwoBusesShareRedis()
    {
        var channel = $"test:{Guid.NewGuid():N}";
        using var publisher = CreateBus(channel);
        using var other = CreateBus(channel);
        var here = new RecordingSubscriber();
        var there = new RecordingSubscriber();
        publisher.Subscribe(here);
        other.Subscribe(there);
        await WaitConnectedAsync(publisher, other);

        await publisher.PublishAsync([Event(1), Event(2)], CancellationToken.None);
        await publisher.PublishAsync([Event(3)], CancellationToken.None);

        await RecordingSubscriber.WaitUntilAsync(() => here.Events.Count == 3 && there.Events.Count == 3);
        Assert.Equal([1L, 2L, 3L], there.Events.Select(e => e.Id));
        Assert.Equal(Event(2), there.Events[1]);
    }

    [Fact]
    public async Task Publish_ThrowsWhileRedisIsDown_AndSubscribersHearTheReconnect()
    {
        var outage = new RedisServer();
        await ((IAsyncLifetime)outage).InitializeAsync();
        using var bus = new RedisEventBus(new EventBusOptions { RedisConfiguration = outage.Configuration, RedisReconnectMilliseconds = 100 }, NullLogger<RedisEventBus>.Instance);
        var subscriber = new RecordingSubscriber();
        bus.Subscribe(subscriber);
        await WaitConnectedAsync(bus);

        outage.Stop();
        await RecordingSubscriber.WaitUntilAsync(() => !bus.IsConnected);
        await Assert.ThrowsAnyAsync<Exception>(() => bus.PublishAsync([Event(1)], CancellationToken.None));
        await outage.StartAsync();
        await RecordingSubscriber.WaitUntilAsync(() => bus.IsConnected && subscriber.ConnectionChanges.Count == 2, seconds: 20);
        await bus.PublishAsync([Event(2)], CancellationToken.None);
        await RecordingSubscriber.WaitUntilAsync(() => subscriber.Events.Count == 1);
        var changes = subscriber.ConnectionChanges;
        await ((IAsyncLifetime)outage).DisposeAsync();

        Assert.Equal([false, true], changes);
        Assert.Equal(2, subscriber.Events.Single().Id);
    }

    private RedisEventBus CreateBus(string channel) =>
        new(new EventBusOptions { RedisConfiguration = redis.Configuration, RedisChannel = channel }, NullLogger<RedisEventBus>.Instance);

    private static Task WaitConnectedAsync(params IEventBus[] buses) => RecordingSubscriber.WaitUntilAsync(() => buses.All(b => b.IsConnected));

    private static OutboxEvent Event(long id) => new(id, "order.updated", "Order", 7, "{\"status\":\"Confirmed\"}", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));
}
