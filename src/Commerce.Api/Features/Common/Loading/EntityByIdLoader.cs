using Commerce.Domain.Common;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Common.Loading;

/// <summary>
/// Loads entities of one type by id, one SQL query per batch. One generic loader serves every entity: registered
/// as an open generic scoped service, so each request gets its own cache per entity type. Each batch uses its own
/// short-lived context because resolvers run in parallel (docs/decisions/0002).
/// </summary>
public sealed class EntityByIdLoader<TEntity>(IDbContextFactory<CommerceDbContext> contexts) : BatchDataLoader<int, TEntity>
    where TEntity : class, IEntity
{
    protected override async Task<IReadOnlyDictionary<int, TEntity>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TEntity>().AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
    }
}
