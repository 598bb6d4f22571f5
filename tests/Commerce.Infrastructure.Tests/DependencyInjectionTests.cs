using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public void AddCommerceInfrastructure_UsesSqliteDefaults_WhenNothingIsConfigured()
    {
        using var services = BuildServices([]);

        Assert.Equal(
            new CommerceDatabaseOptions(DatabaseProvider.Sqlite, "Data Source=commerce.db"),
            services.GetRequiredService<CommerceDatabaseOptions>());
    }

    [Fact]
    public void AddCommerceInfrastructure_ResolvesSqlServerContext_WhenSqlServerIsConfigured()
    {
        using var services = BuildServices(new()
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Commerce"] = "Server=unreachable.invalid;Database=Commerce",
        });
        using var scope = services.CreateScope();

        Assert.IsType<SqlServerCommerceDbContext>(scope.ServiceProvider.GetRequiredService<CommerceDbContext>());
    }

    [Fact]
    public async Task MigrateCommerceDatabaseAsync_CreatesWalDatabase_AndCountsThroughTheCounter()
    {
        var path = Path.Combine(Path.GetTempPath(), $"commerce-di-{Guid.NewGuid():N}.db");
        try
        {
            await using var services = BuildServices(new() { ["ConnectionStrings:Commerce"] = $"Data Source={path}" });
            await services.MigrateCommerceDatabaseAsync();

            using var counted = SqlCommandCounter.BeginScope();
            await using var context = await services
                .GetRequiredService<IDbContextFactory<CommerceDbContext>>().CreateDbContextAsync();
            var journalMode = await context.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();

            Assert.IsType<SqliteCommerceDbContext>(context);
            Assert.Equal(["wal"], journalMode);
            Assert.Equal(1, counted.Count);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
            File.Delete(path + "-wal");
            File.Delete(path + "-shm");
        }
    }

    private static ServiceProvider BuildServices(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddCommerceInfrastructure(configuration).BuildServiceProvider();
    }
}
