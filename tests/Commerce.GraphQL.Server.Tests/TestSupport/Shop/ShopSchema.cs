using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Cost;
using Commerce.GraphQL.Server.Paging;
using Commerce.GraphQL.Server.Relay;
using GraphQL;
using GraphQL.Types;

namespace Commerce.GraphQL.Server.Tests.TestSupport.Shop;

/// <summary>
/// A small annotated schema: a public catalogue of widgets (connections, plain lists, Node) and orders that need
/// the scope `read:orders` or `customer` (type level), with a note that needs `read:notes` (field level).
/// </summary>
public sealed class ShopSchema : Schema
{
    public ShopSchema(IServiceProvider services)
        : base(services)
    {
        Query = new ShopQuery();
        Mutation = new ShopMutation();
    }
}

public sealed class ShopQuery : ObjectGraphType
{
    public ShopQuery()
    {
        Name = "Query";
        Field<StringGraphType>("hello").AllowPublic().Resolve(_ => "world");
        Field<StringGraphType>("secret").RequireScopes("read:secret").Resolve(_ => "hidden");
        Field<StringGraphType>("expensive").WithCost(5).Resolve(_ => "pricey");
        Field<ListGraphType<WidgetType>>("featured").AllowPublic().Resolve(_ => ShopData.Widgets.Take(4));
        Field<ListGraphType<WidgetType>>("top").WithListSize(3).Resolve(_ => ShopData.Widgets.Take(3));
        Field<ListGraphType<OrderType>>("orders").Resolve(_ => ShopData.Orders);
        this.Connection<WidgetType, Widget>("widgets", "Widgets.", Ordering<Widget>.By("id", w => w.Id))
            .Resolve((_, _) => ShopData.Widgets.AsQueryable())
            .AllowPublic();
        NodeFields.AddTo(this);
    }
}

public sealed class ShopMutation : ObjectGraphType
{
    public ShopMutation()
    {
        Name = "Mutation";
        Field<WidgetType>("renameWidget")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .RequireScopes("write:widgets")
            .Resolve(ctx => ShopData.Widgets[ctx.GetArgument<int>("id") - 1] with { Name = ctx.GetArgument<string>("name") });
    }
}

public sealed class WidgetType : ObjectGraphType<Widget>
{
    public WidgetType()
    {
        this.ImplementsNode("Widget", w => w.Id);
        Field(w => w.Name);
        Field<ListGraphType<WidgetType>>("related").Resolve(ctx => ShopData.Widgets.Where(w => w.Id % 5 == ctx.Source.Id % 5 && w.Id != ctx.Source.Id));
        this.Connection<WidgetType, Widget>("parts", "Widgets of the same family.", Ordering<Widget>.By("id", w => w.Id))
            .Resolve((ctx, _) =>
            {
                var source = (Widget)ctx.Source!;
                return ShopData.Widgets.AsQueryable().Where(w => w.Id % 5 == source.Id % 5 && w.Id != source.Id);
            });
    }
}

public sealed class OrderType : ObjectGraphType<Order>
{
    public OrderType()
    {
        this.RequireScopes("read:orders", "customer");
        this.ImplementsNode("Order", o => o.Id);
        Field(o => o.Total);
        Field(o => o.Note).RequireScopes("read:notes");
    }
}
