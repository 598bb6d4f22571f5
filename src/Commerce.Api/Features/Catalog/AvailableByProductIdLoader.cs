using Commerce.GraphQL.Server.DataLoader;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Catalog;

/// <summary>
/// Units available for sale per product (all variants, all warehouses): one GROUP BY per batch, so a page of
/// products never loads its stock rows just to add them up. Products without stock resolve to 0.
/// </summary>
public sealed class AvailableByProductIdLoader(IDbContextFactory<CommerceDbContext> contexts) : BatchDataLoader<int, int>
{
    protected override async Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var ids = keys.ToArray();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StockLevels.AsNoTracking()
            .Where(s => ids.Contains(s.Variant!.ProductId))
            .GroupBy(s => s.Variant!.ProductId)
            .Select(g => new { ProductId = g.Key, Available = g.Sum(s => s.OnHand - s.Reserved) })
            .ToDictionaryAsync(g => g.ProductId, g => g.Available, cancellationToken);
    }
}
