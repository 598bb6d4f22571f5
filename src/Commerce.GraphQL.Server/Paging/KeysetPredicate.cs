using System.Linq.Expressions;
using System.Reflection;

namespace Commerce.GraphQL.Server.Paging;

/// <summary>
/// Builds the keyset WHERE clause "row comes after the cursor row": (a &gt; x) OR (a = x AND b &gt; y) OR …
/// as an expression tree EF Core translates to SQL. Nulls sort first ascending (SQLite and SQL Server).
/// </summary>
internal static class KeysetPredicate
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression<Func<T, bool>> After<T>(Ordering<T> ordering, IReadOnlyList<object?> values, bool reverse)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        Expression prefixEqual = Expression.Constant(true);
        for (var i = 0; i < ordering.Keys.Count; i++)
        {
            var key = ordering.Keys[i];
            var member = ParameterReplacer.Rebind(key.Selector, row);
            var value = values[i] is null ? Expression.Constant(null, key.KeyType) : QueryParameter.For(values[i], key.KeyType);
            var greater = key.Descending == reverse;
            var step = Expression.AndAlso(prefixEqual, Beyond(member, value, values[i], greater));
            any = any is null ? step : Expression.OrElse(any, step);
            prefixEqual = Expression.AndAlso(prefixEqual, Expression.Equal(member, value));
        }

        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    // "member sorts strictly after value" in ascending (greater) or descending (!greater) direction.
    private static Expression Beyond(Expression member, Expression value, object? raw, bool greater)
    {
        var type = member.Type;
        var nullable = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
        var isNull = nullable ? Expression.Equal(member, Expression.Constant(null, type)) : null;
        var notNull = isNull is null ? null : Expression.Not(isNull);
        if (raw is null)
        {
            // Nulls come first ascending: after null ascending = any non-null; descending = nothing.
            return greater ? notNull! : Expression.Constant(false);
        }

        var comparison = Compare(member, value, raw, greater);
        // Descending, the nulls come last, so they are "after" every non-null value.
        return !greater && isNull is not null ? Expression.OrElse(comparison, isNull) : comparison;
    }

    private static Expression Compare(Expression member, Expression value, object raw, bool greater)
    {
        var underlying = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        if (underlying == typeof(string))
        {
            var compare = Expression.Call(StringCompare, member, value);
            return greater ? Expression.GreaterThan(compare, Zero) : Expression.LessThan(compare, Zero);
        }

        if (underlying == typeof(bool))
        {
            // false < true: after x ascending means x is false and member is true.
            return (bool)raw == !greater ? Expression.Equal(member, Expression.Constant(greater, member.Type)) : Expression.Constant(false);
        }

        if (underlying == typeof(Guid))
        {
            var compare = Expression.Call(Unwrap(member), typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, Unwrap(value));
            return greater ? Expression.GreaterThan(compare, Zero) : Expression.LessThan(compare, Zero);
        }

        if (underlying.IsEnum)
        {
            var numeric = typeof(Nullable<>).MakeGenericType(Enum.GetUnderlyingType(underlying));
            (member, var converted) = (Expression.Convert(member, numeric), Expression.Convert(value, numeric));
            return greater ? Expression.GreaterThan(member, converted) : Expression.LessThan(member, converted);
        }

        return greater ? Expression.GreaterThan(member, value) : Expression.LessThan(member, value);
    }

    private static readonly ConstantExpression Zero = Expression.Constant(0);

    private static Expression Unwrap(Expression e) =>
        Nullable.GetUnderlyingType(e.Type) is { } inner ? Expression.Convert(e, inner) : e;
}
