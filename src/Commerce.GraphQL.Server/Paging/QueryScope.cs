namespace Commerce.GraphQL.Server.Paging;

/// <summary>
/// Owns what a connection resolver created to build its query (typically a DbContext from a pooled
/// <c>IDbContextFactory</c>) and disposes it once the page and its count are materialised.
/// </summary>
public sealed class QueryScope : IAsyncDisposable
{
    private readonly List<object> _owned = [];

    /// <summary>Registers <paramref name="resource"/> for disposal after the page is read, and returns it.</summary>
    public TResource Use<TResource>(TResource resource)
        where TResource : class
    {
        _owned.Add(resource);
        return resource;
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            if (_owned[i] is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else if (_owned[i] is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }

        _owned.Clear();
    }
}
