using Commerce.Infrastructure.Persistence;

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

    public void Dispose() => Factory.Dispose();
}
