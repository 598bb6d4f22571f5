using Microsoft.Extensions.Configuration;

namespace Commerce.Infrastructure.Persistence;

/// <summary>Which database to use, from <c>Database:Provider</c> and <c>ConnectionStrings:Commerce</c>.</summary>
public sealed record CommerceDatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnectionString = "Data Source=commerce.db";

    public static CommerceDatabaseOptions FromConfiguration(IConfiguration configuration)
    {
        var providerName = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerName)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException(
                    $"Database:Provider '{providerName}' is not supported; use 'Sqlite' or 'SqlServer'.");

        var connectionString = configuration.GetConnectionString("Commerce");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnectionString
                : throw new InvalidOperationException("ConnectionStrings:Commerce is required for SQL Server.");
        }

        return new CommerceDatabaseOptions(provider, connectionString);
    }
}
