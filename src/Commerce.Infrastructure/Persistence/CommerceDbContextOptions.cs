using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence;

/// <summary>
/// The one place that turns a provider and connection string into context options, so the host, the migrations
/// tool and the tests all build the same model.
/// </summary>
public static class CommerceDbContextOptions
{
    public static DbContextOptionsBuilder UseCommerceDatabase(
        this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => builder.UseSqlite(connectionString).AddInterceptors(new SqliteBusyTimeout()),
        DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>Creates an unpooled context of the provider's type, for tools, tests and seeding.</summary>
    public static CommerceDbContext CreateContext(
        DatabaseProvider provider, string connectionString, params IEnumerable<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> interceptors)
    {
        return provider switch
        {
            DatabaseProvider.Sqlite => new SqliteCommerceDbContext(Build<SqliteCommerceDbContext>()),
            DatabaseProvider.SqlServer => new SqlServerCommerceDbContext(Build<SqlServerCommerceDbContext>()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };

        DbContextOptions<TContext> Build<TContext>() where TContext : DbContext
        {
            var builder = new DbContextOptionsBuilder<TContext>();
            builder.UseCommerceDatabase(provider, connectionString).AddInterceptors(interceptors);
            return builder.Options;
        }
    }
}
