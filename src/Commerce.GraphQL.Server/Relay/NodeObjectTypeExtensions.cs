using GraphQL.Builders;
using GraphQL.Types;

namespace Commerce.GraphQL.Server.Relay;

public static class NodeObjectTypeExtensions
{
    /// <summary>
    /// Makes <paramref name="type"/> a Relay node: implements <c>Node</c>, adds <c>id: ID!</c> encoding
    /// <paramref name="key"/> as a global id of <paramref name="typeName"/>, and sets <c>IsTypeOf</c>.
    /// Also register its refetch with <c>services.AddNodeResolver(typeName, …)</c>.
    /// </summary>
    public static void ImplementsNode<T>(this ObjectGraphType<T> type, string typeName, Func<T, object> key)
    {
        type.Interface<NodeInterfaceType>();
        type.IsTypeOf ??= value => value is T;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"The globally unique, opaque ID of the {typeName}.")
            .GlobalId(typeName, key);
    }

    /// <summary>Resolves an <c>ID</c> field as the global id of <paramref name="typeName"/> (e.g. a foreign key).</summary>
    public static FieldBuilder<TSource, object> GlobalId<TSource>(
        this FieldBuilder<TSource, object> field, string typeName, Func<TSource, object?> key) =>
        field.Resolve(ctx => key(ctx.Source) is { } value ? Relay.GlobalId.Encode(typeName, value) : null);
}
