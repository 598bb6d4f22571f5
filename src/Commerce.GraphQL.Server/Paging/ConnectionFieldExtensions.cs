using GraphQL.Types;

namespace Commerce.GraphQL.Server.Paging;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// Adds <c>name(first, after, last, before): {Node}Connection!</c> to <paramref name="type"/>, ordered by
    /// <paramref name="defaultOrdering"/> (which must end in a unique key) unless a <c>Sort</c> input is added.
    /// </summary>
    public static ConnectionField<TNodeType, T> Connection<TNodeType, T>(
        this ObjectGraphType type, string name, string description, Ordering<T> defaultOrdering)
        where TNodeType : IGraphType
    {
        var field = type.Field<NonNullGraphType<ConnectionType<TNodeType>>>(name).Description(description)
            .Argument<IntGraphType>("first", $"Returns the first n items (default page size applies; at most {PagingArguments.MaxPageSize}).")
            .Argument<StringGraphType>("after", "Returns items after this cursor.")
            .Argument<IntGraphType>("last", $"Returns the last n items (at most {PagingArguments.MaxPageSize}).")
            .Argument<StringGraphType>("before", "Returns items before this cursor.")
            .FieldType;
        return new ConnectionField<TNodeType, T>(field, defaultOrdering);
    }
}
