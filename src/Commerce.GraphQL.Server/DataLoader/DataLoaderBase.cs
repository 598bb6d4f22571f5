using GraphQL.DataLoader;

namespace Commerce.GraphQL.Server.DataLoader;

/// <summary>
/// The batching and per-request caching shared by <see cref="BatchDataLoader{TKey,TValue}"/> and
/// <see cref="GroupDataLoader{TKey,TValue}"/>. Keys queue until the executor first awaits any pending result;
/// then the whole pending batch is fetched at once. Register loaders as scoped services (one per request).
/// </summary>
public abstract class DataLoaderBase<TKey, TResult>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Task<TResult>> _cache;
    private PendingBatch? _pending;

    protected DataLoaderBase(IEqualityComparer<TKey>? keyComparer = null)
    {
        _cache = new Dictionary<TKey, Task<TResult>>(keyComparer);
    }

    /// <summary>Queues <paramref name="key"/> (once per request) and returns its deferred result.</summary>
    public IDataLoaderResult<TResult> LoadAsync(TKey key)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return new DataLoaderResult<TResult>(cached, null);
            }

            _pending ??= new PendingBatch(this);
            var task = _pending.Add(key);
            _cache[key] = task;
            return new DataLoaderResult<TResult>(task, _pending);
        }
    }

    /// <summary>
    /// Seeds the request's cache with a value already in hand (e.g. the parent a child list was loaded under), so
    /// a later load of that key needs no fetch. A key already cached or queued keeps what it has.
    /// </summary>
    public void Prime(TKey key, TResult value)
    {
        lock (_gate)
        {
            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    /// <summary>Queues several keys; the result lists them in the order given.</summary>
    public IDataLoaderResult<TResult[]> LoadManyAsync(IEnumerable<TKey> keys) =>
        DataLoaderResults.WhenAll(keys.Select(LoadAsync));

    /// <summary>Fetches one batch of distinct keys; returns how to read each key's result from what was fetched.</summary>
    private protected abstract Task<Func<TKey, TResult>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private void Detach(PendingBatch batch)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_pending, batch))
            {
                _pending = null;
            }
        }
    }

    /// <summary>One batch of keys waiting for (or in) its single fetch.</summary>
    internal sealed class PendingBatch(DataLoaderBase<TKey, TResult> loader) : IBatchDispatcher
    {
        private readonly List<(TKey Key, TaskCompletionSource<TResult> Source)> _items = [];
        private int _dispatched;

        public Task<TResult> Add(TKey key)
        {
            var source = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            _items.Add((key, source));
            return source.Task;
        }

        public async Task DispatchAsync(CancellationToken cancellationToken)
        {
            if (Interlocked.Exchange(ref _dispatched, 1) == 1)
            {
                return;
            }

            loader.Detach(this);
            try
            {
                var read = await loader.FetchAsync(_items.ConvertAll(i => i.Key), cancellationToken).ConfigureAwait(false);
                _items.ForEach(i => i.Source.TrySetResult(read(i.Key)));
            }
            catch (Exception ex)
            {
                _items.ForEach(i => i.Source.TrySetException(ex));
            }
        }
    }
}
