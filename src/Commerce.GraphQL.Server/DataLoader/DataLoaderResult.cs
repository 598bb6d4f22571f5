using GraphQL.DataLoader;

namespace Commerce.GraphQL.Server.DataLoader;

/// <summary>A loader's deferred value: awaiting it dispatches its batch if that has not happened yet.</summary>
internal sealed class DataLoaderResult<T>(Task<T> result, IBatchDispatcher? batch) : IDataLoaderResult<T>
{
    public bool IsCompleted => result.IsCompletedSuccessfully;

    public async Task<T> GetResultAsync(CancellationToken cancellationToken = default)
    {
        if (batch is not null && !result.IsCompleted)
        {
            await batch.DispatchAsync(cancellationToken).ConfigureAwait(false);
        }

        return await result.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
