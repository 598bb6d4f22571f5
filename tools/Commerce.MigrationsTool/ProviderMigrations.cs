using Commerce.Infrastructure.Persistence;

namespace Commerce.MigrationsTool;

/// <summary>Where each provider's migration set lives inside Commerce.Infrastructure.</summary>
internal sealed record ProviderMigrations(DatabaseProvider Provider, string Folder, string DesignTimeConnectionString)
{
    public const string RootNamespace = "Commerce.Infrastructure";

    // Scaffolding and scripting never open a connection; these only satisfy the providers' option builders.
    public static readonly IReadOnlyList<ProviderMigrations> All =
    [
        new(DatabaseProvider.Sqlite, "Sqlite", "Data Source=design-time.db"),
        new(DatabaseProvider.SqlServer, "SqlServer", "Server=design-time;Database=Commerce;Integrated Security=true"),
    ];

    public string SubNamespace => $"Persistence.Migrations.{Folder}";

    public string OutputDirectory(string projectDirectory) =>
        Path.Combine(projectDirectory, "Persistence", "Migrations", Folder);

    public CommerceDbContext CreateContext() =>
        CommerceDbContextOptions.CreateContext(Provider, DesignTimeConnectionString);

    public static ProviderMigrations Parse(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Provider.ToString(), name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown provider '{name}'; use sqlite or sqlserver.", nameof(name));
}
