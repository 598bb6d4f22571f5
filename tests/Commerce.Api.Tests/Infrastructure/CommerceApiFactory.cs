using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Commerce.Api.Tests.Infrastructure;

/// <summary>
/// The real host over its own SQLite file in the temp folder (never the developer's commerce.db), migrated and,
/// unless told otherwise, loaded with the deterministic demo shop. Responses carry <c>extensions.sqlCommands</c>.
/// </summary>
public class CommerceApiFactory : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly bool _seedDemoData;
    private readonly Dictionary<string, string?> _settings;

    public CommerceApiFactory(string environment = "Testing", bool seedDemoData = true, IDictionary<string, string?>? settings = null)
    {
        _environment = environment;
        _seedDemoData = seedDemoData;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        DatabasePath = Path.Combine(Path.GetTempPath(), $"commerce-tests-{Guid.NewGuid():N}.db");
    }

    public string DatabasePath { get; }

    public string ConnectionString => $"Data Source={DatabasePath}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("ConnectionStrings:Commerce", ConnectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:SeedDemoData", _seedDemoData ? "true" : "false");
        builder.UseSetting("Diagnostics:ExposeSqlCommandCount", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
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

/// <summary>The host over an empty (migrated, unseeded) database, for tests that need no shop data.</summary>
public sealed class EmptyShopFactory() : CommerceApiFactory(seedDemoData: false);
