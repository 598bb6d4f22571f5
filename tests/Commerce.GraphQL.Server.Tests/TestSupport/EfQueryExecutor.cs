using Commerce.GraphQL.Server.Paging;
using Microsoft.EntityFrameworkCore;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

/// <summary>The EF Core executor a host registers (the pattern docs/server-layer.md shows).</summary>
public sealed class EfQueryExecutor : IQueryExecutor
{
    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => query.ToListAsync(cancellationToken);

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => query.CountAsync(cancellationToken);
}
