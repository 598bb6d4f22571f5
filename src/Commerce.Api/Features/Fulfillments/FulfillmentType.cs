using Commerce.Api.Auth;
using Commerce.Api.Features.Inventory;
using Commerce.Api.Features.Orders;
using Commerce.Api.Graph;
using Commerce.Domain.Fulfillments;
using Commerce.Domain.Inventory;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Fulfillments;

/// <summary>The graph's view of a <see cref="Fulfillment"/>: one shipment from one warehouse.</summary>
public sealed class FulfillmentType : ObjectGraphType<Fulfillment>
{
    public const string TypeName = "Fulfillment";

    public FulfillmentType()
    {
        Name = TypeName;
        Description = "A shipment of some or all of an order's lines from one warehouse.";
        this.ImplementsNode(TypeName, f => f.Id);
        this.RequireScopes(Scopes.ReadOrders, Scopes.Customer, Scopes.Guest);
        Field<NonNullGraphType<FulfillmentStateType>>("state").Description("Where the shipment stands.").Resolve(ctx => ctx.Source.State);
        Field(f => f.Carrier, nullable: true).Description("The carrier, e.g. \"UPS\".");
        Field(f => f.TrackingNumber, nullable: true).Description("The carrier's tracking number.");
        Field(f => f.CreatedAt).Description("When the shipment was created (UTC).");
        Field(f => f.ShippedAt, nullable: true).Description("When it left the warehouse (UTC).");
        Field(f => f.DeliveredAt, nullable: true).Description("When it was delivered (UTC).");
        Field<NonNullGraphType<WarehouseType>>("warehouse").Description("The warehouse the shipment left from.")
            .Resolve(ctx => ctx.LoadById<Warehouse>(ctx.Source.WarehouseId));
        Field<NonNullGraphType<OrderType>>("order").Description("The order shipped.")
            .Resolve(ctx => ctx.LoadById<Order>(ctx.Source.OrderId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FulfillmentLineType>>>>("lines")
            .Description("How many units of which order lines the shipment contains.")
            .Resolve(ctx => ctx.Loader<FulfillmentLinesByFulfillmentIdLoader>().LoadAsync(ctx.Source.Id));
    }
}
