using GraphQL.Types;

namespace Commerce.GraphQL.Server.Cost;

/// <summary>Per-field overrides of the cost model (docs/server-layer.md, "Query cost").</summary>
public static class CostMetadata
{
    private const string CostKey = "Commerce.Cost.Cost";
    private const string ListSizeKey = "Commerce.Cost.ListSize";

    /// <summary>The field's own cost: per item for a list, once for a connection or an object, replacing the default (0, 1, 2 or the mutation cost).</summary>
    public static T WithCost<T>(this T field, int cost)
        where T : IMetadataWriter
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cost);
        field.Metadata[CostKey] = cost;
        return field;
    }

    /// <summary>The assumed length of this list field (instead of the default list size or the enclosing page size).</summary>
    public static T WithListSize<T>(this T field, int size)
        where T : IMetadataWriter
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        field.Metadata[ListSizeKey] = size;
        return field;
    }

    public static int? GetCost(this IMetadataReader field) => field.GetMetadata<int?>(CostKey);

    public static int? GetListSize(this IMetadataReader field) => field.GetMetadata<int?>(ListSizeKey);
}
