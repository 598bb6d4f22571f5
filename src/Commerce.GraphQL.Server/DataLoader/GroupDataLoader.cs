namespace Commerce.GraphQL.Server.DataLoader;

/// <summary>
/// Many values per key (e.g. <c>OrderLinesByOrderIdLoader</c>). Override <see cref="LoadGroupsAsync"/>; a key
/// without rows resolves to an empty sequence. Register as a scoped service.
/// </summary>
public abstract class GroupDataLoader<TKey, TValue> : DataLoaderBase<TKey, IEnumerable<TValue>>
    where TKey : notnull
{
    protected GroupDataLoader(IEqualityComparer<TKey>? keyComparer = null)
        : base(keyComparer)
    {
    }

    /// <summary>Fetches the rows of distinct <paramref name="keys"/> in one round trip, grouped by key.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupsAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<Func<TKey, IEnumerable<TValue>>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupsAsync(keys, cancellationToken).ConfigureAwait(false);
        return key => groups.Contains(key) ? groups[key].ToList() : [];
    }
}
