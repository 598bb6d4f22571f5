using System.Linq.Expressions;

namespace Commerce.Api.Rest;

/// <summary>
/// What a list endpoint accepts besides <c>page</c>/<c>limit</c>: allowlisted filters (one query parameter each) and
/// sort keys (<c>sort=name</c>, <c>sort=-createdAt</c>, several joined by commas). Anything else is a 400, so a typo
/// never silently returns everything. Lists always end in the id, so pages are stable.
/// </summary>
public sealed class RestList<T>
{
    private static readonly string[] PagingParameters = ["page", "limit", "sort"];

    private readonly Dictionary<string, (string Description, Func<IQueryable<T>, string, IQueryable<T>> Apply)> _filters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<IQueryable<T>, bool, bool, IQueryable<T>>> _sorts = new(StringComparer.Ordinal);
    private readonly Expression<Func<T, int>> _id;

    public RestList(Expression<Func<T, int>> id, string defaultSort)
    {
        _id = id;
        DefaultSort = defaultSort;
        Sort("id", id);
    }

    public string DefaultSort { get; }

    public IEnumerable<string> SortKeys => _sorts.Keys;

    public IEnumerable<(string Name, string Description)> Filters => _filters.Select(f => (f.Key, f.Value.Description));

    /// <summary>A filter: the query parameter <paramref name="name"/> parsed (400 when malformed) into a predicate.</summary>
    public RestList<T> Filter<TValue>(string name, string description, Func<string, string, TValue> parse, Func<TValue, Expression<Func<T, bool>>> predicate)
    {
        _filters[name] = (description, (rows, value) => rows.Where(predicate(parse(value, name))));
        return this;
    }

    public RestList<T> Sort<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _sorts[name] = (rows, first, descending) => first
            ? descending ? rows.OrderByDescending(key) : rows.OrderBy(key)
            : descending ? ((IOrderedQueryable<T>)rows).ThenByDescending(key) : ((IOrderedQueryable<T>)rows).ThenBy(key);
        return this;
    }

    /// <summary>Filters and orders <paramref name="rows"/> from the query string; 400 for an unknown parameter, sort key or bad value.</summary>
    public IQueryable<T> Apply(IQueryable<T> rows, IQueryCollection query)
    {
        foreach (var (name, value) in query)
        {
            if (_filters.TryGetValue(name, out var filter))
            {
                rows = filter.Apply(rows, value.ToString());
            }
            else if (!PagingParameters.Contains(name, StringComparer.Ordinal))
            {
                throw RestRequestException.Invalid(name, $"Unknown query parameter `{name}`; filters here: {string.Join(", ", _filters.Keys)}.");
            }
        }

        var keys = (query.TryGetValue("sort", out var sort) ? sort.ToString() : DefaultSort).Split(',', StringSplitOptions.TrimEntries);
        for (var i = 0; i < keys.Length; i++)
        {
            var descending = keys[i].StartsWith('-');
            var name = keys[i].TrimStart('-', '+');
            rows = _sorts.TryGetValue(name, out var order)
                ? order(rows, i == 0, descending)
                : throw RestRequestException.Invalid("sort", $"Cannot sort by `{name}`; sort keys: {string.Join(", ", _sorts.Keys)} (prefix `-` for descending).");
        }

        return ((IOrderedQueryable<T>)rows).ThenBy(_id);
    }

    /// <summary>The whole list response: paging, filters and order from the query string, each row mapped, with an ETag.</summary>
    public async Task<IResult> PageAsync<TOut>(HttpContext http, IQueryable<T> rows, Func<T, TOut> map)
    {
        var paging = RestPaging.From(http.Request.Query);
        return RestResults.Ok(http, await paging.ReadAsync(Apply(rows, http.Request.Query), map, http.RequestAborted));
    }
}
