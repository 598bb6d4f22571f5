using Commerce.GraphQL.Server.Limits;
using GraphQL.Types;

namespace Commerce.GraphQL.Server.Cost;

/// <summary>
/// What one field costs, shared by the requested cost (before execution) and the actual cost (from the result),
/// so that both follow the same rules: leaves 0, objects 1, connections 2, root mutation fields
/// <see cref="GraphQLLimitsOptions.MutationCost"/>, each overridable with <see cref="CostMetadata.WithCost{T}"/>.
/// </summary>
internal sealed class CostModel(GraphQLLimitsOptions options, int defaultPageSize, int maxPageSize)
{
    public const int ConnectionCost = 2;

    public int DefaultPageSize => defaultPageSize;

    public int MaxPageSize => maxPageSize;

    /// <summary>A connection: a field that takes <c>first</c> or <c>last</c>.</summary>
    public static bool IsPaged(FieldType field) =>
        field.Arguments is { Count: > 0 } args && (args.Find("first") is not null || args.Find("last") is not null);

    public static bool IsList(IGraphType? type)
    {
        while (type is NonNullGraphType nonNull)
        {
            type = nonNull.ResolvedType;
        }

        return type is ListGraphType;
    }

    public static bool IsIntrospection(string fieldName) => fieldName.StartsWith("__", StringComparison.Ordinal);

    /// <summary>The field's own cost, per item when it is a list.</summary>
    public int OwnCost(FieldType field, IGraphType? namedType, bool isRootMutationField) => field.GetCost() ?? (
        isRootMutationField ? options.MutationCost
        : IsPaged(field) ? ConnectionCost
        : namedType is ScalarGraphType ? 0
        : 1);

    /// <summary>The assumed length of a list field: its own list size, else the enclosing connection's page size, else the default.</summary>
    public int ListSize(FieldType field, int? enclosingPageSize) => field.GetListSize() ?? enclosingPageSize ?? options.DefaultListSize;

    /// <summary><c>first ?? last ?? default</c>, within 0…cap.</summary>
    public int PageSize(int? first, int? last) => Math.Clamp(first ?? last ?? defaultPageSize, 0, maxPageSize);
}
