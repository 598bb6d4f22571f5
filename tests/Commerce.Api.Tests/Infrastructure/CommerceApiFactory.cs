using System.Net.Http.Headers;
using Commerce.Api.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Infrastructure;

/// <summary>
/// The real host over its own SQLite file in the temp folder (never the developer's commerce.db), migrated and,
/// unless told otherwise, loaded with the deterministic demo shop. Responses carry <c>extensions.sqlCommands</c>.
/// Every client from <c>CreateClient()</c> authenticates as an <c>admin</c> API key (made once per factory through the
/// real service), so tests written before authorization keep working; <see cref="CreateAnonymousClient"/> and the
/// helpers in <see cref="IdentityTestExtensions"/> give other callers.
/// </summary>
public class CommerceApiFactory : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly bool _seedDemoData;
    private readonly Dictionary<string, string?> _settings;
    private readonly Lazy<string> _adminKey;

    private readonly Action<IServiceCollection>? _configureServices;

    /// <param name="environment">The host environment (Testing by default).</param>
    /// <param name="seedDemoData">Whether the demo shop is loaded.</param>
    /// <param name="settings">Configuration overrides.</param>
    /// <param name="configureServices">Runs after the host's own registrations, e.g. to replace the TimeProvider.</param>
    /// <param name="databasePath">Another host's database file, for two hosts over one database (both delete it on dispose).</param>
    public CommerceApiFactory(
        string environment = "Testing",
        bool seedDemoData = true,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        string? databasePath = null)
    {
        _configureServices = configureServices;
        _environment = environment;
        _seedDemoData = seedDemoData;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"commerce-tests-{Guid.NewGuid():N}.db");
        _adminKey = new Lazy<string>(() => Task.Run(() => CreateApiKeyAsync(Scopes.Admin)).GetAwaiter().GetResult());
    }

    public string DatabasePath { get; }

    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>A database context over the test database (starting the host first, so it is migrated and seeded).</summary>
    public Commerce.Infrastructure.Persistence.CommerceDbContext CreateDbContext()
    {
        _ = Services;
        return Commerce.Infrastructure.Persistence.CommerceDbContextOptions.CreateContext(
            Commerce.Infrastructure.Persistence.DatabaseProvider.Sqlite, ConnectionString);
    }

    /// <summary>The admin API key every <c>CreateClient()</c> client sends.</summary>
    public string AdminApiKey => _adminKey.Value;

    /// <summary>Creates an API key with <paramref name="scopes"/> through the real service; returns the secret.</summary>
    public async Task<string> CreateApiKeyAsync(params string[] scopes)
    {
        var (_, secret) = await Services.GetRequiredService<ApiKeyService>().CreateAsync($"Test key {string.Join(' ', scopes)}", scopes, CancellationToken.None);
        return secret;
    }

    /// <summary>A GraphQL client sending <c>Authorization: Bearer <paramref name="bearer"/></c>, or nothing when null.</summary>
    public GraphQLClient CreateGraphQLClient(string? bearer)
    {
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = bearer is null ? null : new AuthenticationHeaderValue("Bearer", bearer);
        return new GraphQLClient(http);
    }

    /// <summary>A GraphQL client that sends no credentials.</summary>
    public GraphQLClient CreateAnonymousClient() => CreateGraphQLClient(bearer: null);

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminApiKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("ConnectionStrings:Commerce", ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SeedDemoData", _seedDemoData ? "true" : "false");
        builder.UseSetting("Diagnostics:ExposeSqlCommandCount", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Auth:PasswordHashIterations", "1000");   // the hash format, not its cost, is under test
        builder.UseSetting("Quotes:ExpirySweepSeconds", "0");         // tests run the sweep themselves (QuoteExpirySweep.RunOnceAsync)
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}

/// <summary>A host of its own over the demo shop, for a test class that writes (use it as a class fixture).</summary>
public sealed class DemoShopFactory() : CommerceApiFactory();

/// <summary>The host over an empty (migrated, unseeded) database, for tests that need no shop data.</summary>
public sealed class EmptyShopFactory() : CommerceApiFactory(seedDemoData: false);
