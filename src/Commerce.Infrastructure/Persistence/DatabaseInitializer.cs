using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Persistence;

/// <summary>Brings the configured database up to the latest migration at startup.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateCommerceDatabaseAsync(
        this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<CommerceDbContext>>();
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        await context.Database.MigrateAsync(cancellationToken);

        if (context.Database.IsSqlite())
        {
            // WAL lets readers run while one writer commits; the mode is stored in the file, so once is enough.
            // Writers that find the database locked are retried by Microsoft.Data.Sqlite until the command
            // timeout ("Default Timeout" in the connection string, 30 s by default) acts as the busy timeout.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
