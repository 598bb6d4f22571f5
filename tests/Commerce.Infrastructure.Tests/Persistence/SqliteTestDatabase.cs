using Commerce.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.Infrastructure.Tests.Persistence;

/// <summary>A fresh SQLite file with the migrations applied, deleted again on dispose.</summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"commerce-test-{Guid.NewGuid():N}.db");
    private readonly IInterceptor[] interceptors;

    private SqliteTestDatabase(IInterceptor[] interceptors) => this.interceptors = interceptors;

    public string ConnectionString => $"Data Source={path}";

    public static async Task<SqliteTestDatabase> CreateAsync(params IInterceptor[] interceptors)
    {
        var database = new SqliteTestDatabase(interceptors);
        await using var context = CommerceDbContextOptions.CreateContext(DatabaseProvider.Sqlite, database.ConnectionString);
        await context.Database.MigrateAsync();
        return database;
    }

    public CommerceDbContext CreateContext() =>
        CommerceDbContextOptions.CreateContext(DatabaseProvider.Sqlite, ConnectionString, interceptors);

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return ValueTask.CompletedTask;
    }
}
