using Commerce.Infrastructure.Events;
using Commerce.Infrastructure.Outbox;
using Commerce.Infrastructure.Tests.Persistence;
using Commerce.Infrastructure.Tests.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Commerce.Infrastructure.Tests.Events;

public sealed class OutboxRelayTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task PublishPending_PublishesCommittedRowsInIdOrderAndMarksThem_WhenAnotherTransactionRolledBack()
    {
        await AddEventsAsync("a.first", "a.second");
        await using (var db = _database.CreateContext())
        {
            await using var rolledBack = await db.Database.BeginTransactionAsync();
            db.OutboxMessages.Add(Message("never.committed"));
            await db.SaveChangesAsync();
            await rolledBack.RollbackAsync();
        }

        await AddEventsAsync("a.third");
        var (relay, bus, subscriber) = CreateRelay();

        Assert.Equal(3, await relay.PublishPendingAsync(CancellationToken.None));

        Assert.Equal(["a.first", "a.second", "a.third"], subscriber.Events.Select(e => e.Type));
        Assert.Equal(subscriber.Events.Select(e => e.Id).Order(), subscriber.Events.Select(e => e.Id));
        Assert.Equal(0, await relay.PublishPendingAsync(CancellationToken.None));
        await using var check = _database.CreateContext();
        Assert.Equal(0, await check.OutboxMessages.CountAsync(m => m.PublishedAt == null));
        Assert.True(bus.IsConnected);
    }

    [Fact]
    public async Task PublishPending_MarksWithoutAnFsync_AndLeavesPooledConnectionsFullyDurable()
    {
        await AddEventsAsync("durable.one");
        Assert.Equal(FullSynchronous, await SynchronousOfAPooledConnectionAsync());
        var (relay, _, _) = CreateRelay();

        Assert.Equal(1, await relay.PublishPendingAsync(CancellationToken.None));

        // The relay lowered synchronous on its own connection for the mark; the pool hands that connection to the next
        // request, which must commit orders with a full fsync again.
        Assert.Equal(FullSynchronous, await SynchronousOfAPooledConnectionAsync());
        await using var check = _database.CreateContext();
        Assert.Equal(0, await check.OutboxMessages.CountAsync(m => m.PublishedAt == null));
    }

    [Fact]
    public async Task Run_PublishesRowsLeftUnpublished_WhenStartedAfterACrash()
    {
        // A crash between commit and publish leaves committed rows with PublishedAt null: the next start sends them.
        await AddEventsAsync("crash.one", "crash.two");
        var (relay, _, subscriber) = CreateRelay();
        using var stop = new CancellationTokenSource();

        var running = relay.RunAsync(stop.Token);
        await RecordingSubscriber.WaitUntilAsync(() => subscriber.Events.Count == 2);
        await AddEventsAsync("after.start");
        await RecordingSubscriber.WaitUntilAsync(() => subscriber.Events.Count == 3);
        await stop.CancelAsync();
        await running;

        Assert.Equal(["crash.one", "crash.two", "after.start"], subscriber.Events.Select(e => e.Type));
    }

    [Fact]
    public async Task Run_KeepsRowsAndRetriesInOrder_WhileTheBusRefuses()
    {
        await AddEventsAsync("held.one", "held.two");
        var bus = new FlakyBus(failures: 3);
        var subscriber = new RecordingSubscriber();
        bus.Subscribe(subscriber);
        var relay = CreateRelay(bus);
        using var stop = new CancellationTokenSource();

        var running = relay.RunAsync(stop.Token);
        await RecordingSubscriber.WaitUntilAsync(() => subscriber.Events.Count == 2);
        await stop.CancelAsync();
        await running;

        Assert.Equal(4, bus.Attempts);
        Assert.Equal(["held.one", "held.two"], subscriber.Events.Select(e => e.Type));
    }

    // SQLite's PRAGMA synchronous=FULL.
    private const long FullSynchronous = 2;

    private async Task<long> SynchronousOfAPooledConnectionAsync()
    {
        await using var db = _database.CreateContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private (OutboxRelay Relay, InProcessEventBus Bus, RecordingSubscriber Subscriber) CreateRelay()
    {
        var bus = new InProcessEventBus();
        var subscriber = new RecordingSubscriber();
        bus.Subscribe(subscriber);
        return (CreateRelay(bus), bus, subscriber);
    }

    private OutboxRelay CreateRelay(IEventBus bus) => new(
        new TestContextFactory(_database), bus, new OutboxSignal(),
        new EventBusOptions { PollInterval = TimeSpan.FromMilliseconds(50), MaxBackoff = TimeSpan.FromMilliseconds(100) },
        TimeProvider.System, NullLogger<OutboxRelay>.Instance);

    private async Task AddEventsAsync(params string[] types)
    {
        await using var db = _database.CreateContext();
        db.OutboxMessages.AddRange(types.Select(Message));
        await db.SaveChangesAsync();
    }

    private static OutboxMessage Message(string type) => new()
    {
        Type = type, AggregateType = "Order", AggregateId = 1, Payload = "{}", OccurredAt = DateTime.UtcNow,
    };

    /// <summary>Refuses the first publishes, as a bus whose Redis is down does.</summary>
    private sealed class FlakyBus(int failures) : IEventBus
    {
        private readonly InProcessEventBus _inner = new();

        public int Attempts { get; private set; }

        public bool IsConnected => Attempts > failures;

        public Task PublishAsync(IReadOnlyList<OutboxEvent> events, CancellationToken cancellationToken) =>
            ++Attempts <= failures ? throw new InvalidOperationException("bus down") : _inner.PublishAsync(events, cancellationToken);

        public IDisposable Subscribe(IEventSubscriber subscriber) => _inner.Subscribe(subscriber);
    }
}
