using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Live;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Authorization;
using GraphQL;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>Root subscription fields: <c>orderStatusChanged</c>, <c>myOrderUpdates</c>, <c>orderPlaced</c>, <c>orderUpdated</c>.</summary>
public static class OrderSubscriptions
{
    public static void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<OrderEventType>>("orderStatusChanged")
            .Description("Every change to one order: status, payment and fulfillment. Open to staff (`read:orders`), the customer who placed it and its guest token; another caller's order is refused as not found.")
            .Argument<NonNullGraphType<IdGraphType>>("orderId", "The order to watch.")
            .AfterArgument()
            .ResolveStreamAsync(async ctx =>
            {
                var order = await OrderStreams.EnsureVisibleAsync(ctx);
                return await ctx.LiveEvents().OpenAsync(OrderStreams.OfOrder(order.Id), ctx.After(), OrderEvent.From, ctx.CancellationToken);
            })
            .RequireScopes(Scopes.ReadOrders, Scopes.Customer, Scopes.Guest);

        subscription.Field<NonNullGraphType<OrderEventType>>("myOrderUpdates")
            .Description("Every change to any order of the signed-in customer, new orders included.")
            .AfterArgument()
            .ResolveStreamAsync(ctx => ctx.LiveEvents().OpenAsync(
                OrderStreams.OfCustomer(ctx.Caller().CustomerId ?? throw OrderStreams.CustomersOnly()), ctx.After(), OrderEvent.From, ctx.CancellationToken))
            .RequireScopes(Scopes.Customer);

        AddStaffField(subscription, "orderPlaced", "New orders, as they are placed.", placed: true);
        AddStaffField(subscription, "orderUpdated", "Every change to existing orders (everything but placement).", placed: false);
    }

    private static void AddStaffField(ObjectGraphType subscription, string name, string description, bool placed) =>
        subscription.Field<NonNullGraphType<OrderEventType>>(name)
            .Description(description + " For staff (`read:orders`) and vendor users, who receive only orders with lines of their own vendor.")
            .Argument<IdGraphType>("vendorId", "Only orders with at least one line of this vendor. A vendor user may name only their own vendor (the default for them).")
            .Argument<ListGraphType<NonNullGraphType<OrderStatusType>>>("status", "Only events after which the order has one of these statuses.")
            .AfterArgument()
            .ResolveStreamAsync(ctx =>
            {
                var vendorId = OrderStreams.VendorFilter(ctx);
                var statuses = ctx.GetArgument<List<OrderStatus>?>("status");
                return ctx.LiveEvents().OpenAsync(OrderStreams.OfShop(placed, vendorId, statuses), ctx.After(), OrderEvent.From, ctx.CancellationToken);
            })
            .RequireScopes(Scopes.ReadOrders, Scopes.Vendor);
}
