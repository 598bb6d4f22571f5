using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// One chunk's connection and transaction. On SQLite it turns off fsync (<c>synchronous=OFF</c>) for the chunk and
/// puts it back before the connection returns to the pool: a crash mid-load can only lose the seed data being written,
/// which is regenerated with <c>--reset</c>.
/// </summary>
internal sealed class BulkLoadScope : IAsyncDisposable
{
    private readonly CommerceDbContext db;
    private readonly IDbContextTransaction transaction;
    private readonly bool sqlite;

    private BulkLoadScope(CommerceDbContext db, IDbContextTransaction transaction, bool sqlite)
    {
        this.db = db;
        this.transaction = transaction;
        this.sqlite = sqlite;
    }

    public static async Task<BulkLoadScope> BeginAsync(CommerceDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;", cancellationToken);
        }

        return new BulkLoadScope(db, await db.Database.BeginTransactionAsync(cancellationToken), sqlite);
    }

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        if (sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;");
        }

        await db.Database.CloseConnectionAsync();
    }
}
