namespace Commerce.GraphQL.Server.Paging;

/// <summary>
/// Runs queries asynchronously. The default uses <see cref="IAsyncEnumerable{T}"/> (EF Core queries implement
/// it) for lists and a synchronous COUNT; an EF host may register one that calls <c>ToListAsync</c>/<c>CountAsync</c>.
/// </summary>
public interface IQueryExecutor
{
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);
}

internal sealed class QueryableExecutor : IQueryExecutor
{
    public async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (query is not IAsyncEnumerable<T> asyncQuery)
        {
            return [.. query];
        }

        var list = new List<T>();
        await foreach (var item in asyncQuery.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => Task.FromResult(query.Count());
}
