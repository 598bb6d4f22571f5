using Commerce.Infrastructure.Events;
using Commerce.Infrastructure.Outbox;
using Commerce.Infrastructure.Tests.Persistence;

namespace Commerce.Infrastructure.Tests.Events;

public sealed class OutboxCommitInterceptorTests : IAsyncLifetime
{
    private readonly OutboxSignal _signal = new();
    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateAsync(new OutboxCommitInterceptor(_signal));

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Save_WakesTheRelay_WhenOutboxRowsAreCommittedWithoutATransaction()
    {
        await using var db = _database.CreateContext();
        db.OutboxMessages.Add(Message());
        await db.SaveChangesAsync();

        Assert.True(await _signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task Save_WakesTheRelayOnlyAtCommit_WhenATransactionSurroundsIt()
    {
        await using var db = _database.CreateContext();
        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            db.OutboxMessages.Add(Message());
            await db.SaveChangesAsync();
            await rolledBack.RollbackAsync();
        }

        Assert.False(await _signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        db.ChangeTracker.Clear();
        await using var committed = await db.Database.BeginTransactionAsync();
        db.OutboxMessages.Add(Message());
        await db.SaveChangesAsync();
        Assert.False(await _signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        await committed.CommitAsync();

        Assert.True(await _signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    private static OutboxMessage Message() => new()
    {
        Type = "order.updated", AggregateType = "Order", AggregateId = 1, Payload = "{}", OccurredAt = DateTime.UtcNow,
    };
}
