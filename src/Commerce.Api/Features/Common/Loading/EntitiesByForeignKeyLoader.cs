using System.Collections.Concurrent;
using System.Linq.Expressions;
using Commerce.Domain.Common;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Common.Loading;

/// <summary>
/// Loads the children of many parents in one SQL query (e.g. variants by product id), grouped by the foreign key.
/// A concrete loader names only its key and, if it matters, its order: <c>OrderLinesByOrderIdLoader</c>.
/// </summary>
public abstract class EntitiesByForeignKeyLoader<TEntity>(IDbContextFactory<CommerceDbContext> contexts)
    : GroupDataLoader<int, TEntity>
    where TEntity : class, IEntity
{
    // Compiling the key selector costs a dynamic method; once per concrete loader type, not per batch.
    private static readonly ConcurrentDictionary<Type, Func<TEntity, int>> KeyReaders = new();

    /// <summary>The foreign key the children are grouped by, as an expression EF Core can translate.</summary>
    protected abstract Expression<Func<TEntity, int>> ForeignKey { get; }

    /// <summary>The order of each group; by id (insertion order) unless a loader says otherwise.</summary>
    protected virtual IQueryable<TEntity> OrderGroup(IQueryable<TEntity> query) => query.OrderBy(e => e.Id);

    protected override async Task<ILookup<int, TEntity>> LoadGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var foreignKey = ForeignKey;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await OrderGroup(db.Set<TEntity>().AsNoTracking().Where(KeyIn(foreignKey, keys.ToArray())))
            .ToListAsync(cancellationToken);
        var keyOf = KeyReaders.GetOrAdd(GetType(), _ => foreignKey.Compile());
        return rows.ToLookup(keyOf);
    }

    /// <summary>
    /// <c>row => ids.Contains(row.Key)</c> with <c>ids</c> read from a closure, so EF Core sends it as a parameter and
    /// reuses one compiled query for every batch (a constant would compile a new query per distinct id set).
    /// </summary>
    private static Expression<Func<TEntity, bool>> KeyIn(Expression<Func<TEntity, int>> foreignKey, int[] ids)
    {
        Expression<Func<int[]>> parameter = () => ids;
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], parameter.Body, foreignKey.Body);
        return Expression.Lambda<Func<TEntity, bool>>(contains, foreignKey.Parameters);
    }
}
