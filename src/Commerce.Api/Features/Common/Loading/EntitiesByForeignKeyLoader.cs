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
    /// <summary>The foreign key the children are grouped by, as an expression EF Core can translate.</summary>
    protected abstract Expression<Func<TEntity, int>> ForeignKey { get; }

    /// <summary>The order of each group; by id (insertion order) unless a loader says otherwise.</summary>
    protected virtual IQueryable<TEntity> OrderGroup(IQueryable<TEntity> query) => query.OrderBy(e => e.Id);

    protected override async Task<ILookup<int, TEntity>> LoadGroupsAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        var foreignKey = ForeignKey;
        var contains = Expression.Lambda<Func<TEntity, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Expression.Constant(ids), foreignKey.Body),
            foreignKey.Parameters);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await OrderGroup(db.Set<TEntity>().AsNoTracking().Where(contains)).ToListAsync(cancellationToken);
        var keyOf = foreignKey.Compile();
        return rows.ToLookup(keyOf);
    }
}
