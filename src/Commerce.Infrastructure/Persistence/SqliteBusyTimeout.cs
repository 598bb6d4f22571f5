using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Infrastructure.Persistence;

/// <summary>
/// Sets SQLite's busy timeout on every connection EF opens, so a writer that finds the database locked by another
/// writer waits (SQLite's own short back-off) instead of failing with SQLITE_BUSY. Write transactions are
/// <c>BEGIN IMMEDIATE</c> (Microsoft.Data.Sqlite's default for BeginTransaction), so they queue for the write lock
/// up front rather than failing when a read upgrades to a write.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public const int Milliseconds = 30_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {Milliseconds};";
        command.ExecuteNonQuery();
    }
}
