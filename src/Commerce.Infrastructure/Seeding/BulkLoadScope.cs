using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
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
    private readonly long? synchronous;

    private BulkLoadScope(CommerceDbContext db, IDbContextTransaction transaction, long? synchronous)
    {
        this.db = db;
        this.transaction = transaction;
        this.synchronous = synchronous;
    }

    public static async Task<BulkLoadScope> BeginAsync(CommerceDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        long? synchronous = null;
        if (db.Database.IsSqlite())
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA synchronous;";
            synchronous = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF;", cancellationToken);
        }

        return new BulkLoadScope(db, await db.Database.BeginTransactionAsync(cancellationToken), synchronous);
    }

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        if (synchronous is { } previous)
        {
            // A PRAGMA takes no parameters; the value is the integer SQLite itself reported.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"PRAGMA synchronous={previous};");
#pragma warning restore EF1002
        }

        await db.Database.CloseConnectionAsync();
    }
}
