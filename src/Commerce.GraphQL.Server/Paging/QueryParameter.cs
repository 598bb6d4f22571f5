using System.Linq.Expressions;

namespace Commerce.GraphQL.Server.Paging;

/// <summary>
/// Wraps a value the way a captured variable looks to a LINQ provider, so EF Core sends it as a SQL parameter
/// instead of inlining it: one cached query plan per shape, not one per cursor or filter value.
/// </summary>
internal static class QueryParameter
{
    public static Expression For(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<int>.Value));
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
