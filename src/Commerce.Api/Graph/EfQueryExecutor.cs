using Commerce.GraphQL.Server.Paging;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Graph;

/// <summary>Lets the server layer's connections materialise pages and counts asynchronously through EF Core.</summary>
public sealed class EfQueryExecutor : IQueryExecutor
{
    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => query.ToListAsync(cancellationToken);

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => query.CountAsync(cancellationToken);
}
