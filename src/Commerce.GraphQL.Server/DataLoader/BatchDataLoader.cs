namespace Commerce.GraphQL.Server.DataLoader;

/// <summary>
/// One value per key (e.g. <c>ProductByIdLoader</c>). Override <see cref="LoadBatchAsync"/>; keys it does not
/// return resolve to <c>default</c> (null). Register as a scoped service; resolvers call
/// <c>ctx.RequestServices!.GetRequiredService&lt;TLoader&gt;().LoadAsync(key)</c> and return the result as is.
/// </summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    protected BatchDataLoader(IEqualityComparer<TKey>? keyComparer = null)
        : base(keyComparer)
    {
    }

    /// <summary>Fetches the values of distinct <paramref name="keys"/> in one round trip.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<Func<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        return key => values.TryGetValue(key, out var value) ? value : default;
    }
}
