using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// One prepared INSERT per table, reused for every row: the fast path for bulk loads into SQLite, about ten times
/// EF Core's SaveChanges for large graphs. Columns come from the EF model, so the rows are exactly what EF would write.
/// </summary>
internal sealed class SqliteTableInserter
{
    private readonly List<(string Column, Func<object, object?> Read)> columns;
    private readonly string sql;

    public SqliteTableInserter(IEntityType entityType)
    {
        columns = ModelColumns.For(entityType);
        var names = string.Join(", ", columns.Select(c => $"\"{c.Column}\""));
        var parameters = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        sql = $"INSERT INTO \"{entityType.GetTableName()}\" ({names}) VALUES ({parameters});";
    }

    public async Task<long> InsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<object> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameters = new DbParameter[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = $"@p{i}";
            command.Parameters.Add(parameters[i]);
        }

        await command.PrepareAsync(cancellationToken);
        long count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].Read(row) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }

        return count;
    }
}
