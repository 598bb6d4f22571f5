using Commerce.GraphQL.Server.Cost;
using GraphQL.Types;

namespace Commerce.GraphQL.Server.Paging;

/// <summary><c>{Node}Connection { edges nodes pageInfo totalCount }</c> for <typeparamref name="TNodeType"/>.</summary>
public sealed class ConnectionType<TNodeType> : ObjectGraphType<Connection>
    where TNodeType : IGraphType
{
    public const string TotalCountField = "totalCount";

    public ConnectionType()
    {
        Name = GraphTypeNames.Of<TNodeType>() + "Connection";
        Description = "A page of a list, paged with `first`/`after` or `last`/`before`.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType>>>>>("edges")
            .Description("The items of this page with their cursors.").Resolve(ctx => ctx.Source.Edges)
            .WithCost(0); // an edge only wraps its node, which costs 1: `edges { node }` costs what `nodes` costs
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The items of this page.").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Paging information.").Resolve(ctx => ctx.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>(TotalCountField)
            .Description("The number of items in the whole (filtered) list; counted only when selected.")
            .Resolve(ctx => ctx.Source.TotalCount)
            .WithCost(1); // one COUNT statement
    }
}
