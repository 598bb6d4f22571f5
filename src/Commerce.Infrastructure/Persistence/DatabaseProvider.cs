namespace Commerce.Infrastructure.Persistence;

/// <summary>The database engines the shop runs on; each has its own migration set.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
