using System.Linq.Expressions;
using System.Reflection;

namespace Commerce.GraphQL.Server.Paging;

/// <summary>
/// A total order for keyset paging: sort keys ending in a unique tiebreaker (the caller's duty, e.g. the id).
/// <see cref="Identity"/> names it inside cursors, so a cursor from another order is rejected.
/// </summary>
public sealed class Ordering<T>
{
    private static readonly MethodInfo[] QueryableMethods = typeof(Queryable).GetMethods()
        .Where(m => m.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending)
            or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending) && m.GetParameters().Length == 2)
        .ToArray();

    public Ordering(IEnumerable<SortKey<T>> keys)
    {
        Keys = keys.ToList();
        if (Keys.Count == 0)
        {
            throw new ArgumentException("An ordering needs at least one key.", nameof(keys));
        }
    }

    public IReadOnlyList<SortKey<T>> Keys { get; }

    public string Identity => string.Join(",", Keys);

    public static Ordering<T> By<TKey>(string name, Expression<Func<T, TKey>> selector, bool descending = false) =>
        new([new SortKey<T>(name, selector, descending)]);

    public Ordering<T> ThenBy<TKey>(string name, Expression<Func<T, TKey>> selector, bool descending = false) =>
        new(Keys.Append(new SortKey<T>(name, selector, descending)));

    /// <summary>Appends <paramref name="tiebreaker"/> unless the ordering already ends with a key of that name.</summary>
    public Ordering<T> EndingWith(SortKey<T> tiebreaker) =>
        Keys[^1].Name == tiebreaker.Name ? this : new Ordering<T>(Keys.Append(tiebreaker));

    /// <summary>Applies the ordering (or its exact reverse, for <c>last</c>) to <paramref name="source"/>.</summary>
    public IQueryable<T> Apply(IQueryable<T> source, bool reverse = false)
    {
        var expression = source.Expression;
        for (var i = 0; i < Keys.Count; i++)
        {
            var key = Keys[i];
            var descending = key.Descending != reverse;
            var name = (i == 0 ? "OrderBy" : "ThenBy") + (descending ? "Descending" : string.Empty);
            var method = QueryableMethods.First(m => m.Name == name).MakeGenericMethod(typeof(T), key.KeyType);
            expression = Expression.Call(method, expression, Expression.Quote(key.Selector));
        }

        return source.Provider.CreateQuery<T>(expression);
    }
}
