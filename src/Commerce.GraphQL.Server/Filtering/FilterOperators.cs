using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Commerce.GraphQL.Server.Errors;

namespace Commerce.GraphQL.Server.Filtering;

/// <summary>The filter operators and their translation to expressions over a member.</summary>
internal static class FilterOperators
{
    public const string Eq = "eq", Neq = "neq", In = "in", Nin = "nin", Gt = "gt", Gte = "gte", Lt = "lt", Lte = "lte";
    public const string Contains = "contains", StartsWith = "startsWith";
    public const int MaxListSize = 100;

    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    /// <summary>Translates one operator applied to <paramref name="member"/>.</summary>
    public static Expression Apply(string op, Expression member, object? value) => op switch
    {
        Eq => Expression.Equal(member, Constant(value, member.Type)),
        Neq => Expression.NotEqual(member, Constant(value, member.Type)),
        In => InList(member, value),
        Nin => Expression.Not(InList(member, value)),
        Gt => Expression.GreaterThan(member, Constant(value, member.Type)),
        Gte => Expression.GreaterThanOrEqual(member, Constant(value, member.Type)),
        Lt => Expression.LessThan(member, Constant(value, member.Type)),
        Lte => Expression.LessThanOrEqual(member, Constant(value, member.Type)),
        Contains => StringCall(member, nameof(string.Contains), value),
        StartsWith => StringCall(member, nameof(string.StartsWith), value),
        _ => throw new GraphQLServerError($"Unknown filter operator '{op}'.", ErrorCodes.InvalidFilter),
    };

    public static Expression Constant(object? value, Type type) =>
        value is null ? Expression.Constant(null, type) : Paging.QueryParameter.For(ConvertTo(value, type), type);

    private static object? ConvertTo(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value is null || target.IsInstanceOfType(value) ? value
            : target.IsEnum ? Enum.ToObject(target, value)
            : Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    private static Expression InList(Expression member, object? value)
    {
        var items = ((IEnumerable?)value)?.Cast<object?>().ToList() ?? [];
        if (items.Count > MaxListSize)
        {
            throw new GraphQLServerError($"`in`/`nin` accept at most {MaxListSize} values.", ErrorCodes.InvalidFilter);
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        items.ForEach(item => list.Add(ConvertTo(item, member.Type)));
        var contains = list.GetType().GetMethod(nameof(List<int>.Contains))!;
        return Expression.Call(Paging.QueryParameter.For(list, list.GetType()), contains, member);
    }

    private static Expression StringCall(Expression member, string method, object? value)
    {
        var lowered = ((string?)value ?? string.Empty).ToLowerInvariant();
        var call = Expression.Call(Expression.Call(member, ToLower), typeof(string).GetMethod(method, [typeof(string)])!, Paging.QueryParameter.For(lowered, typeof(string)));
        return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), call);
    }
}
