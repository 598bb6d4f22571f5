using Microsoft.EntityFrameworkCore.Storage;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Writes one chunk of rows in one transaction with a fresh context. On SQLite through prepared INSERTs built from
/// the EF model (EF's SaveChanges manages ~2,000 rows/s on big order graphs here; this does well over 50,000);
/// elsewhere (SQL Server) through EF itself, one table at a time (see EfTableInserter). <c>portable</c> forces the EF
/// path on SQLite too, so tests exercise the code SQL Server runs.
/// </summary>
internal sealed class ChunkSaver(IDbContextFactory<CommerceDbContext> factory, bool portable = false)
{
    private readonly Dictionary<Type, SqliteTableInserter> inserters = [];

    public async Task SaveAsync(IReadOnlyList<(Type Type, string Name, IReadOnlyList<object> Rows)> tables, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var scope = await BulkLoadScope.BeginAsync(db, cancellationToken);
        if (db.Database.IsSqlite() && !portable)
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
            foreach (var (type, _, rows) in tables)
            {
                await EfTableInserter.InsertAsync(db, type, rows, cancellationToken);
            }
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
