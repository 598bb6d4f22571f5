using Commerce.Api.Auth;
using Commerce.Api.Features.Orders;
using Commerce.Api.Graph;
using Commerce.Domain.Fulfillments;
using Commerce.GraphQL.Server.DataLoader;
using GraphQL;
using GraphQL.DataLoader;

namespace Commerce.Api.Features.Fulfillments;

/// <summary>A shipment line is visible when the order its shipment belongs to is.</summary>
public static class FulfillmentVisibility
{
    public static IDataLoaderResult<bool> CanSeeLine(IResolveFieldContext context, Caller caller, FulfillmentLine line) =>
        caller.Has(Scopes.ReadOrders)
            ? DataLoaderResults.FromValue(true)
            : context.LoadById<Fulfillment>(line.FulfillmentId)
                .Then(f => f is null ? DataLoaderResults.FromValue(false) : OrderVisibility.CanSeeOrder(context, caller, f.OrderId));
}
