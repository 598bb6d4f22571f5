using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Inserts one table's generated rows through EF Core (the path SQL Server takes). The generator assigns ids itself (so orders can reference
/// customers before anything is written), and SQL Server refuses explicit values in IDENTITY columns unless
/// <c>IDENTITY_INSERT</c> is on — for one table per session at a time, hence one table per SaveChanges.
/// Rows are attached one by one (<c>State = Added</c>), not with AddRange, so EF never walks navigations into
/// another table while this table's IDENTITY_INSERT is the one switched on.
/// </summary>
internal static class EfTableInserter
{
    public static async Task InsertAsync(DbContext db, Type type, IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        var table = Delimit(entityType.GetSchema()) is { } schema
            ? $"{schema}.{Delimit(entityType.GetTableName())}"
            : Delimit(entityType.GetTableName());

        // Identifiers come from our own EF model, never from input, and are delimited.
        var identityInsert = db.Database.IsSqlServer();
#pragma warning disable EF1002
        if (identityInsert)
        {
            await db.Database.ExecuteSqlRawAsync($"SET IDENTITY_INSERT {table} ON;", cancellationToken);
        }

        foreach (var row in rows)
        {
            db.Entry(row).State = EntityState.Added;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (identityInsert)
        {
            await db.Database.ExecuteSqlRawAsync($"SET IDENTITY_INSERT {table} OFF;", cancellationToken);
        }
#pragma warning restore EF1002
    }

    private static string? Delimit(string? identifier) =>
        identifier is null ? null : "[" + identifier.Replace("]", "]]", StringComparison.Ordinal) + "]";
}
