using GraphQL;
using GraphQL.DataLoader;

namespace Commerce.GraphQL.Server.Relay;

/// <summary>Refetches a node of one type from its decoded key, normally through a DataLoader so ids batch.</summary>
public delegate IDataLoaderResult<object?> NodeResolver(IResolveFieldContext context, string key);

/// <summary>One node type's refetch registration (added by <c>services.AddNodeResolver</c>).</summary>
public sealed record NodeRegistration(string TypeName, NodeResolver Resolver);

/// <summary>The node types <c>node</c>/<c>nodes</c> can refetch, by type name.</summary>
public sealed class NodeRegistry(IEnumerable<NodeRegistration> registrations)
{
    private readonly Dictionary<string, NodeResolver> _resolvers =
        registrations.ToDictionary(r => r.TypeName, r => r.Resolver, StringComparer.Ordinal);

    public NodeResolver? Find(string typeName) => _resolvers.GetValueOrDefault(typeName);
}
