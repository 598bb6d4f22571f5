using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>Root mutations of the order life cycle: placeOrder, confirmOrder, createFulfillment, markOrderDelivered, cancelOrder.</summary>
public static class OrderMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<PlaceOrderInputType, PlaceOrderPayloadType, PlaceOrderInput, PlaceOrderPayload>("placeOrder",
            "Places an order: prices it from the catalogue and the shop's rates, reserves stock and records a price snapshot per line, in one transaction. Open to guests (anonymous callers give an email), who get an `orderAccessToken` to read and pay for that order; a signed-in customer orders as themselves; staff may name a customer.",
            async (ctx, input) =>
            {
                var outcome = await PlaceOrderHandler.HandleAsync(ctx, input);
                return new PlaceOrderPayload(outcome, await GuestOrderAccess.IssueAsync(ctx, outcome));
            })
            .AllowPublic();
        mutation.MutationField<OrderChangeInputType, OrderPayloadType, OrderChangeInput, OrderPayload>("confirmOrder",
            "Confirms a placed order: the shop accepts it and may start fulfilling.",
            async (ctx, input) => new OrderPayload(await ConfirmOrderHandler.HandleAsync(ctx, input)))
            .RequireScopes(Scopes.WriteOrders);
        mutation.MutationField<CreateFulfillmentInputType, FulfillmentPayloadType, CreateFulfillmentInput, OrderPayload>("createFulfillment",
            "Ships some or all of a confirmed order's unshipped units from the warehouse holding their reservation; the units leave stock.",
            async (ctx, input) => new OrderPayload(await CreateFulfillmentHandler.HandleAsync(ctx, input)))
            .RequireScopes(Scopes.WriteOrders);
        mutation.MutationField<OrderChangeInputType, OrderPayloadType, OrderChangeInput, OrderPayload>("markOrderDelivered",
            "Marks a fully fulfilled order, and its shipments, delivered.",
            async (ctx, input) => new OrderPayload(await MarkOrderDeliveredHandler.HandleAsync(ctx, input)))
            .RequireScopes(Scopes.WriteOrders);
        mutation.MutationField<CancelOrderInputType, OrderPayloadType, CancelOrderInput, OrderPayload>("cancelOrder",
            "Cancels an order before anything shipped: releases its reserved stock, voids an open authorization or refunds what was captured.",
            async (ctx, input) => new OrderPayload(await CancelOrderHandler.HandleAsync(ctx, input)))
            .RequireScopes(Scopes.WriteOrders);
    }
}
