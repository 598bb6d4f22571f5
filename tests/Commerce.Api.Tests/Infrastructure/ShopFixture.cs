using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Infrastructure;

/// <summary>
/// A class fixture for tests that write: its own host over a fresh demo shop, shared by one test class only.
/// Tests in the class must not depend on each other's writes (each uses its own names and rows).
/// </summary>
public sealed class ShopFixture : IDisposable
{
    public ShopFixture()
    {
        Factory = new CommerceApiFactory(settings: new Dictionary<string, string?> { ["GraphQL:ExposeExceptionDetails"] = "true" });
        Client = new GraphQLClient(Factory.CreateClient());
    }

    public CommerceApiFactory Factory { get; }

    public GraphQLClient Client { get; }

    /// <summary>A fresh database context over the test database, to arrange rows and check what a mutation wrote.</summary>
    public CommerceDbContext CreateDbContext() =>
        CommerceDbContextOptions.CreateContext(DatabaseProvider.Sqlite, Factory.ConnectionString);

    /// <summary>The outbox event types written about one aggregate, oldest first.</summary>
    public async Task<List<string>> EventTypesAsync(string aggregateType, int aggregateId)
    {
        await using var db = CreateDbContext();
        return await db.OutboxMessages.Where(m => m.AggregateType == aggregateType && m.AggregateId == aggregateId)
            .OrderBy(m => m.Id).Select(m => m.Type).ToListAsync();
    }

    /// <summary>How many outbox events exist, to show a refused mutation wrote none.</summary>
    public async Task<int> EventCountAsync()
    {
        await using var db = CreateDbContext();
        return await db.OutboxMessages.CountAsync();
    }

    public void Dispose() => Factory.Dispose();
}
