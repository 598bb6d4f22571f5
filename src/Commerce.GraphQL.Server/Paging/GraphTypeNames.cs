using GraphQL.Types;

namespace Commerce.GraphQL.Server.Paging;

internal static class GraphTypeNames
{
    /// <summary>The schema name of a node graph type, derived the way graphql-dotnet v8 does (drops "Type").</summary>
    public static string Of<TNodeType>()
        where TNodeType : IGraphType
    {
        var name = typeof(TNodeType).Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        name = tick >= 0 ? name[..tick] : name;
        return name.EndsWith("GraphType", StringComparison.Ordinal) ? name[..^9]
            : name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4] : name;
    }
}
