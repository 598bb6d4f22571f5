using GraphQL.DataLoader;

namespace Commerce.GraphQL.Server.DataLoader;

/// <summary>
/// Composes <see cref="IDataLoaderResult{T}"/>s. graphql-dotnet's core package ships only the interface (its
/// <c>Then</c> helpers live in GraphQL.DataLoader, which is not available), so the helpers are here.
/// Composed results hand the executor one step at a time: when a step yields another pending result, the
/// executor queues it with its siblings, so chained loads of one level share a batch.
/// </summary>
public static class DataLoaderResults
{
    /// <summary>An already-known value, for branches that need no loading (e.g. a null foreign key).</summary>
    public static IDataLoaderResult<T> FromValue<T>(T value) => new DataLoaderResult<T>(Task.FromResult(value), null);

    /// <summary>Maps the loaded value once it is available, without dispatching anything early.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new ComposedResult<TResult>([result], values => FromValue(map((T)values[0]!)));

    /// <summary>
    /// Chains a second load on the first one's value. The executor awaits the second result in its next
    /// data-loader round, so the chained keys of all items of a list go into one batch.
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, IDataLoaderResult<TResult>> next) =>
        new ComposedResult<TResult>([result], values => next((T)values[0]!));

    /// <summary>Awaits several results (which may share batches) and returns their values in order.</summary>
    public static IDataLoaderResult<T[]> WhenAll<T>(IEnumerable<IDataLoaderResult<T>> results) =>
        new ComposedResult<T[]>([.. results], values => FromValue(values.Cast<T>().ToArray()));

    /// <summary>Waits for <c>sources</c> step by step, then continues with <c>next</c> of their final values.</summary>
    private sealed class ComposedResult<TResult>(IDataLoaderResult[] sources, Func<object?[], IDataLoaderResult<TResult>> next)
        : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new object?[sources.Length];
            for (var i = 0; i < sources.Length; i++)
            {
                var value = await sources[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
                while (value is IDataLoaderResult pending)
                {
                    value = await pending.GetResultAsync(cancellationToken).ConfigureAwait(false);
                }

                values[i] = value;
            }

            return await next(values).GetResultAsync(cancellationToken).ConfigureAwait(false);
        }

        // The executor's entry point: one step, returning a pending result when more loading is needed.
        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        {
            var steps = new object?[sources.Length];
            for (var i = 0; i < sources.Length; i++)
            {
                steps[i] = await sources[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
            }

            if (steps.Any(s => s is IDataLoaderResult))
            {
                return new ComposedResult<TResult>([.. steps.Select(s => s as IDataLoaderResult ?? FromValue(s))], next);
            }

            var following = next(steps);
            return following is DataLoaderResult<TResult> { IsCompleted: true } done
                ? await done.GetResultAsync(cancellationToken).ConfigureAwait(false)
                : following;
        }
    }
}
