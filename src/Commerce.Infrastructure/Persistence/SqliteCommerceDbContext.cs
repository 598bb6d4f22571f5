using Commerce.Infrastructure.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Persistence;

/// <summary>The SQLite flavour of the context; owns the migrations in Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteCommerceDbContext(DbContextOptions<SqliteCommerceDbContext> options)
    : CommerceDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SalesRollupTriggers.SaveWithoutReturning(modelBuilder);
    }
}
