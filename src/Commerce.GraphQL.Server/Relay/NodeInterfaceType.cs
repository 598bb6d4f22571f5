using GraphQL.Types;

namespace Commerce.GraphQL.Server.Relay;

/// <summary>The Relay <c>Node</c> interface. Object types join it with <see cref="NodeObjectTypeExtensions.ImplementsNode{T}"/>.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque ID that `node(id:)` can refetch.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The globally unique, opaque ID of the object.");
    }
}
