using System.Linq.Expressions;
using Commerce.GraphQL.Server.Paging;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.GraphQL.Server.Filtering;

/// <summary>
/// <c>XFilterInput</c> built from an allowlist: each <c>Allow…</c> adds a field whose operator input is chosen
/// by CLR type, plus <c>and</c>/<c>or</c>. <see cref="ToPredicate"/> turns an argument value into an
/// <see cref="Expression{TDelegate}"/> EF Core translates. Derive one class per entity and register it as a graph type.
/// </summary>
public abstract class FilterInputType<T> : InputObjectGraphType
{
    private const string And = "and", Or = "or";
    private readonly Dictionary<string, Func<object, ParameterExpression, Expression>> _fields = new(StringComparer.Ordinal);

    protected FilterInputType(string name, string description)
    {
        Name = name;
        Description = description;
        var self = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name)));
        Field(And, self).Description("All of these conditions hold.");
        Field(Or, self).Description("At least one of these conditions holds.");
    }

    protected void Allow(string name, Expression<Func<T, string?>> selector, string description) =>
        AddOperations<StringOperationFilterInputType>(name, selector, description);

    protected void Allow(string name, Expression<Func<T, bool>> selector, string description) =>
        AddOperations<BooleanOperationFilterInputType>(name, selector, description);

    /// <summary>An ordered value; <typeparamref name="TScalar"/> picks the operator input (e.g. IntGraphType, DateTimeGraphType).</summary>
    protected void AllowComparable<TScalar, TKey>(string name, Expression<Func<T, TKey>> selector, string description)
        where TScalar : ScalarGraphType =>
        AddOperations<ComparableOperationFilterInputType<TScalar>>(name, selector, description);

    protected void AllowEnum<TEnumType, TKey>(string name, Expression<Func<T, TKey>> selector, string description)
        where TEnumType : EnumerationGraphType =>
        AddOperations<EnumOperationFilterInputType<TEnumType>>(name, selector, description);

    /// <summary>An int key exposed as global ids of <paramref name="typeName"/> (<c>eq</c>, <c>in</c>); foreign ids are INVALID_ID.</summary>
    protected void AllowId(string name, string typeName, Expression<Func<T, int>> selector, string description)
    {
        Field<IdOperationFilterInputType>(name).Description(description);
        _fields.Add(name, (value, row) => Operations((IDictionary<string, object?>)value, ParameterReplacer.Rebind(selector, row),
            id => id is IEnumerable<object?> ids ? ids.Select(i => (object)GlobalId.DecodeInt((string)i!, typeName)).ToList()
                : id is null ? null : GlobalId.DecodeInt((string)id, typeName)));
    }

    /// <summary>A field mapped to an arbitrary predicate, e.g. <c>search: String</c>.</summary>
    protected void AllowCustom<TGraphType, TValue>(string name, Func<TValue, Expression<Func<T, bool>>> predicate, string description)
        where TGraphType : IGraphType
    {
        Field<TGraphType>(name).Description(description);
        _fields.Add(name, (value, row) => ParameterReplacer.Rebind(predicate((TValue)value), row));
    }

    /// <summary>The predicate for a <c>where</c> value; null when it sets nothing.</summary>
    public Expression<Func<T, bool>>? ToPredicate(IDictionary<string, object?>? where)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return where is null || Build(where, row) is not { } body ? null : Expression.Lambda<Func<T, bool>>(body, row);
    }

    private Expression? Build(IDictionary<string, object?> where, ParameterExpression row) =>
        Combine(where.Where(p => p.Value is not null).Select(p => p.Key switch
        {
            And => Combine(Nested(p.Value!, row), Expression.AndAlso) ?? Expression.Constant(true),
            Or => Combine(Nested(p.Value!, row), Expression.OrElse) ?? Expression.Constant(false),
            _ => _fields[p.Key](p.Value!, row),
        }), Expression.AndAlso);

    private IEnumerable<Expression> Nested(object list, ParameterExpression row) =>
        ((IEnumerable<object?>)list).Select(item => Build((IDictionary<string, object?>)item!, row) ?? Expression.Constant(true));

    private void AddOperations<TOperations>(string name, LambdaExpression selector, string description)
        where TOperations : IGraphType
    {
        Field<TOperations>(name).Description(description);
        _fields.Add(name, (value, row) => Operations((IDictionary<string, object?>)value, ParameterReplacer.Rebind(selector, row), v => v));
    }

    private static Expression Operations(IDictionary<string, object?> operations, Expression member, Func<object?, object?> convert) =>
        Combine(operations.Where(o => o.Value is not null || o.Key is FilterOperators.Eq or FilterOperators.Neq)
            .Select(o => FilterOperators.Apply(o.Key, member, convert(o.Value))), Expression.AndAlso) ?? Expression.Constant(true);

    private static Expression? Combine(IEnumerable<Expression> parts, Func<Expression, Expression, BinaryExpression> join) =>
        parts.Aggregate((Expression?)null, (acc, part) => acc is null ? part : join(acc, part));
}
