using Commerce.Api.Auth;
using Commerce.Api.Features.Orders;
using Commerce.Api.Graph;
using Commerce.Domain.Fulfillments;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Fulfillments;

/// <summary>The graph's view of a <see cref="FulfillmentLine"/>.</summary>
public sealed class FulfillmentLineType : ObjectGraphType<FulfillmentLine>
{
    public const string TypeName = "FulfillmentLine";

    public FulfillmentLineType()
    {
        Name = TypeName;
        Description = "How many units of one order line a shipment contains.";
        this.ImplementsNode(TypeName, l => l.Id);
        this.RequireScopes(Scopes.ReadOrders, Scopes.Customer, Scopes.Guest);
        Field(l => l.Quantity).Description("Units shipped of the order line.");
        Field<NonNullGraphType<OrderLineType>>("orderLine").Description("The order line shipped.")
            .Resolve(ctx => ctx.LoadById<OrderLine>(ctx.Source.OrderLineId));
    }
}
