using GraphQL.Types;

namespace Commerce.GraphQL.Server.Paging;

/// <summary><c>{Node}Edge { cursor node }</c> for the node graph type <typeparamref name="TNodeType"/>.</summary>
public sealed class EdgeType<TNodeType> : ObjectGraphType<Edge>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = GraphTypeNames.Of<TNodeType>() + "Edge";
        Description = "An item of a list, with the cursor that points at it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("An opaque cursor for `after`/`before`.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(ctx => ctx.Source.Node);
    }
}
