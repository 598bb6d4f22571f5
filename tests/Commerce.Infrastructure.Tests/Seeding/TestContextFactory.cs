using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Seeding;

/// <summary>An unpooled context factory over a migrated SQLite test database.</summary>
internal sealed class TestContextFactory(SqliteTestDatabase database) : IDbContextFactory<CommerceDbContext>
{
    public CommerceDbContext CreateDbContext() => database.CreateContext();
}
