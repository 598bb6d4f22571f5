using System.Linq.Expressions;
using Commerce.GraphQL.Server.Errors;
using Commerce.GraphQL.Server.Paging;
using GraphQL.Types;

namespace Commerce.GraphQL.Server.Filtering;

/// <summary>
/// <c>XSortInput</c>: one optional <c>SortEnumType</c> field per allowlisted key. <c>order: [XSortInput!]</c>
/// lists keys by priority, each item setting exactly one field; the unique tiebreaker always ends the order.
/// </summary>
public abstract class SortInputType<T> : InputObjectGraphType
{
    private readonly Dictionary<string, LambdaExpression> _keys = new(StringComparer.Ordinal);
    private SortKey<T>? _tiebreaker;

    protected SortInputType(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The order when <c>order</c> is absent or empty: the tiebreaker alone.</summary>
    public Ordering<T> DefaultOrdering => new([Tiebreaker]);

    private SortKey<T> Tiebreaker => _tiebreaker ?? throw new InvalidOperationException($"{Name} needs a TieBreaker(...).");

    /// <summary>Allows sorting by <paramref name="selector"/> under the input field <paramref name="name"/>.</summary>
    protected void Allow<TKey>(string name, Expression<Func<T, TKey>> selector, string description)
    {
        _keys.Add(name, selector);
        Field<SortEnumType>(name).Description(description);
    }

    /// <summary>The unique key appended to every order (e.g. the id); also sortable by name.</summary>
    protected void TieBreaker<TKey>(string name, Expression<Func<T, TKey>> selector, string description)
    {
        Allow(name, selector, description);
        _tiebreaker = new SortKey<T>(name, selector, descending: false);
    }

    /// <summary>Translates an <c>order</c> argument value; throws INVALID_SORT unless each item sets one field.</summary>
    public Ordering<T> ToOrdering(IEnumerable<object?>? order)
    {
        var keys = new List<SortKey<T>>();
        foreach (var item in order ?? [])
        {
            var set = (item as IDictionary<string, object?>)?.Where(p => p.Value is not null).ToList() ?? [];
            if (set.Count != 1)
            {
                throw new GraphQLServerError("Each item of `order` must set exactly one field.", ErrorCodes.InvalidSort);
            }

            var (name, direction) = (set[0].Key, (SortDirection)set[0].Value!);
            keys.Add(new SortKey<T>(name, _keys[name], direction == SortDirection.Descending));
        }

        return keys.Count == 0 ? DefaultOrdering : new Ordering<T>(keys).EndingWith(Tiebreaker);
    }
}
