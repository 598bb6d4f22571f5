namespace Commerce.Api.Tests.Infrastructure;

/// <summary>
/// Read-only tests of the graph share one host and one seeded demo database: seeding once keeps the suite fast.
/// Tests in this collection must not change data; tests that write use their own <see cref="CommerceApiFactory"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class GraphCollection : ICollectionFixture<GraphFixture>
{
    public const string Name = "graph";
}

/// <summary>The shared host of <see cref="GraphCollection"/> and a client for it.</summary>
public sealed class GraphFixture : IDisposable
{
    public GraphFixture()
    {
        Factory = new CommerceApiFactory();
        Client = new GraphQLClient(Factory.CreateClient());
        AnonymousClient = Factory.CreateAnonymousClient();
    }

    public CommerceApiFactory Factory { get; }

    /// <summary>Authenticated as an <c>admin</c> API key.</summary>
    public GraphQLClient Client { get; }

    /// <summary>Sends no credentials: what the public catalogue's callers see.</summary>
    public GraphQLClient AnonymousClient { get; }

    /// <summary>A read-only database context over the test database, for computing expected rows.</summary>
    public Commerce.Infrastructure.Persistence.CommerceDbContext CreateDbContext() => Factory.CreateDbContext();

    public void Dispose() => Factory.Dispose();
}
