using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Live;
using Commerce.Api.Graph;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>The graph's view of an <see cref="OrderEvent"/>: what changed, and the order as it stands when the event is sent.</summary>
public sealed class OrderEventType : ObjectGraphType<OrderEvent>
{
    public OrderEventType()
    {
        Name = "OrderEvent";
        Description = "Something happened to an order: placed, confirmed, paid, shipped, delivered, cancelled, refunded. Carries the facets the event recorded, those before it, and the order as it stands now.";
        this.AddEventFields(e => e.Event,
            "The event type, as webhooks name it: order.created, order.updated, order.fulfilled, order.cancelled, order.refunded, payment.succeeded, payment.failed or payment.refunded.");
        Field<NonNullGraphType<IdGraphType>>("orderId").Description("The order's global id.")
            .Resolve(ctx => GlobalId.Encode(OrderType.TypeName, ctx.Source.OrderId));
        Field<NonNullGraphType<OrderStatusType>>("status").Description("The order's status right after this event.").Resolve(ctx => ctx.Source.State.Status);
        Field<NonNullGraphType<PaymentStatusType>>("paymentStatus").Description("The payment status right after this event.").Resolve(ctx => ctx.Source.State.PaymentStatus);
        Field<NonNullGraphType<FulfillmentStatusType>>("fulfillmentStatus").Description("The fulfillment status right after this event.").Resolve(ctx => ctx.Source.State.FulfillmentStatus);
        Field<OrderStatusType>("previousStatus").Description("The order's status before this event; null for the order's first event.")
            .Resolve(ctx => ctx.Loader<PreviousOrderStateLoader>().LoadAsync(ctx.Source).Then(s => (OrderStatus?)s?.Status));
        Field<PaymentStatusType>("previousPaymentStatus").Description("The payment status before this event; null for the order's first event.")
            .Resolve(ctx => ctx.Loader<PreviousOrderStateLoader>().LoadAsync(ctx.Source).Then(s => (PaymentStatus?)s?.PaymentStatus));
        Field<FulfillmentStatusType>("previousFulfillmentStatus").Description("The fulfillment status before this event; null for the order's first event.")
            .Resolve(ctx => ctx.Loader<PreviousOrderStateLoader>().LoadAsync(ctx.Source).Then(s => (FulfillmentStatus?)s?.FulfillmentStatus));
        Field<OrderType>("order")
            .Description("The order as it stands when the event is sent (later changes may already show). Null when the caller may no longer see it. Vendor users cannot select it: they see their own lines, never the order around them.")
            .Resolve(ctx => ctx.LoadVisibleById<Order>(ctx.Source.OrderId));
    }
}
