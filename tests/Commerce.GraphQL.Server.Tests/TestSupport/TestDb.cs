using Microsoft.EntityFrameworkCore;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

public sealed class TestDb(DbContextOptions<TestDb> options) : DbContext(options)
{
    public DbSet<Item> Items => Set<Item>();
}
