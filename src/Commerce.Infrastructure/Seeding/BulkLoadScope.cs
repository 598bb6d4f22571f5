using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Storage;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// One chunk's connection and transaction. On SQLite it turns off fsync (<c>synchronous=OFF</c>) for the chunk and
/// puts the previous setting back before the connection returns to the pool: a crash mid-load can only lose the seed data being written,
/// which is regenerated with <c>--reset</c>.
/// </summary>
internal sealed class BulkLoadScope : IAsyncDisposable
{
    private readonly CommerceDbContext db;
    private readonly IDbContextTransaction transaction;
    private readonly SqliteSynchronous synchronous;

    private BulkLoadScope(CommerceDbContext db, IDbContextTransaction transaction, SqliteSynchronous synchronous)
    {
        this.db = db;
        this.transaction = transaction;
        this.synchronous = synchronous;
    }

    public static async Task<BulkLoadScope> BeginAsync(CommerceDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var synchronous = await SqliteSynchronous.LowerAsync(db, "OFF", cancellationToken);
        return new BulkLoadScope(db, await db.Database.BeginTransactionAsync(cancellationToken), synchronous);
    }

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await synchronous.DisposeAsync();
    }
}
