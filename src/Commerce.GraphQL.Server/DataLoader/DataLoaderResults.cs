using GraphQL.DataLoader;

namespace Commerce.GraphQL.Server.DataLoader;

/// <summary>
/// Composes <see cref="IDataLoaderResult{T}"/>s. graphql-dotnet's core package ships only the interface (its
/// <c>Then</c> helpers live in GraphQL.DataLoader, which is not available), so the helpers are here.
/// </summary>
public static class DataLoaderResults
{
    /// <summary>An already-known value, for branches that need no loading (e.g. a null foreign key).</summary>
    public static IDataLoaderResult<T> FromValue<T>(T value) => new DataLoaderResult<T>(Task.FromResult(value), null);

    /// <summary>Maps the loaded value once it is available, without dispatching anything early.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new MappedResult<TResult>(async ct => map(await result.GetResultAsync(ct).ConfigureAwait(false)));

    /// <summary>
    /// Chains a second load on the first one's value. The second loader's key is queued only when the first
    /// value arrives, so all chained keys of one execution level share the second loader's batch.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, IDataLoaderResult<TResult>> next) =>
        new MappedResult<TResult>(async ct =>
            await next(await result.GetResultAsync(ct).ConfigureAwait(false)).GetResultAsync(ct).ConfigureAwait(false));

    /// <summary>Awaits several results (which may share batches) and returns their values in order.</summary>
    public static IDataLoaderResult<T[]> WhenAll<T>(IEnumerable<IDataLoaderResult<T>> results)
    {
        var list = results.ToList();
        return new MappedResult<T[]>(async ct =>
        {
            var values = new T[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                values[i] = await list[i].GetResultAsync(ct).ConfigureAwait(false);
            }

            return values;
        });
    }

    private sealed class MappedResult<T>(Func<CancellationToken, Task<T>> run) : IDataLoaderResult<T>
    {
        private readonly Lock _gate = new();
        private Task<T>? _task;

        public Task<T> GetResultAsync(CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                return _task ??= run(cancellationToken);
            }
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
