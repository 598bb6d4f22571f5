using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence;

/// <summary>
/// Lowers SQLite's <c>synchronous</c> setting on a context's open connection for a while and puts the previous value
/// back before the connection returns to the pool (the setting belongs to the connection, and pooled connections
/// serve later requests that need full durability). Does nothing on other providers.
/// </summary>
internal sealed class SqliteSynchronous : IAsyncDisposable
{
    private readonly CommerceDbContext _db;
    private readonly long? _previous;

    private SqliteSynchronous(CommerceDbContext db, long? previous)
    {
        _db = db;
        _previous = previous;
    }

    /// <summary>Opens the connection and sets <c>synchronous</c> to <paramref name="level"/> (OFF or NORMAL) on SQLite.</summary>
    public static async Task<SqliteSynchronous> LowerAsync(CommerceDbContext db, string level, CancellationToken cancellationToken)
    {
        if (level is not ("OFF" or "NORMAL"))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "OFF or NORMAL");
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        if (!db.Database.IsSqlite())
        {
            return new SqliteSynchronous(db, null);
        }

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        var previous = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = $"PRAGMA synchronous={level};";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return new SqliteSynchronous(db, previous);
    }

    public async ValueTask DisposeAsync()
    {
        if (_previous is { } previous)
        {
            await using var command = _db.Database.GetDbConnection().CreateCommand();
            // A PRAGMA takes no parameters; the value is the integer SQLite itself reported.
            command.CommandText = $"PRAGMA synchronous={previous};";
            await command.ExecuteNonQueryAsync();
        }

        await _db.Database.CloseConnectionAsync();
    }
}
