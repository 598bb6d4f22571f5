using GraphQL.Types;

namespace Commerce.GraphQL.Server.Paging;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds <c>name(first, after, last, before): {Node}Connection!</c> to <paramref name="type"/> (a root query
    /// type or any object type, whose instance the resolver sees as <c>ctx.Source</c>), ordered by
    /// <paramref name="defaultOrdering"/> (which must end in a unique key) whenever the <c>order</c> argument of a <c>Sort</c> input is absent or empty.
    /// </summary>
    public static ConnectionField<TNodeType, T> Connection<TNodeType, T>(
        this IObjectGraphType type, string name, string description, Ordering<T> defaultOrdering)
        where TNodeType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(type);
        var field = new FieldType
        {
            Name = name,
            Description = description,
            Type = typeof(NonNullGraphType<ConnectionType<TNodeType>>),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "first", Description = $"Returns the first n items (default page size applies; at most {PagingArguments.MaxPageSize})." },
                new QueryArgument<StringGraphType> { Name = "after", Description = "Returns items after this cursor." },
                new QueryArgument<IntGraphType> { Name = "last", Description = $"Returns the last n items (at most {PagingArguments.MaxPageSize})." },
                new QueryArgument<StringGraphType> { Name = "before", Description = "Returns items before this cursor." }),
        };
        type.AddField(field);
        return new ConnectionField<TNodeType, T>(field, defaultOrdering);
    }
}
