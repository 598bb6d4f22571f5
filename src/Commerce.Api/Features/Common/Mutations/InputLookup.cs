using Commerce.Domain.Common;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Api.Features.Common.Mutations;

public static class InputLookup
{
    /// <summary>
    /// The row an input id names, tracked for change; null with INVALID_ID (not an id of <paramref name="typeName"/>)
    /// or NOT_FOUND (no such row) recorded at <paramref name="path"/>.
    /// </summary>
    public static async Task<TEntity?> LookupAsync<TEntity>(
        this CommerceDbContext db, InputErrors errors, string id, string typeName, CancellationToken cancellationToken, params string[] path)
        where TEntity : class, IEntity
    {
        if (errors.Id(id, typeName, path) is not { } key)
        {
            return null;
        }

        var entity = await db.Set<TEntity>().FindAsync([key], cancellationToken);
        errors.Found(entity, typeName, path);
        return entity;
    }
}
