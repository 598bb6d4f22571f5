using Commerce.GraphQL.Server.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

/// <summary>The recommended EF pattern: each batch uses its own short-lived context from the pooled factory.</summary>
public sealed class ItemByIdLoader(IDbContextFactory<TestDb> factory) : BatchDataLoader<int, Item>
{
    protected override async Task<IReadOnlyDictionary<int, Item>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Items.AsNoTracking().Where(i => keys.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
    }
}
