using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Fulfillments;
using Commerce.Api.Features.Payments;
using Commerce.Api.Graph;
using Commerce.Domain.Fulfillments;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;

namespace Commerce.Api.Features.Orders;

/// <summary>The payload of every order and payment mutation: the order (and what was created), read after commit.</summary>
public sealed class OrderPayload : MutationPayload
{
    public OrderPayload(MutationOutcome outcome)
    {
        OrderId = outcome.EntityId;
        CreatedId = outcome.CreatedId;
        UserErrors = outcome.Errors;
    }

    public int? OrderId { get; }

    /// <summary>The ledger entry or shipment the mutation created, if any.</summary>
    public int? CreatedId { get; }
}

/// <summary>Payload of confirmOrder, markOrderDelivered and cancelOrder.</summary>
public sealed class OrderPayloadType : PayloadGraphType<OrderPayload>
{
    public OrderPayloadType()
        : base("OrderPayload", "The order after the mutation; null when it was refused before an order existed.")
    {
        Field<OrderType>("order").Description("The order as it stands now (also after a refusal about an existing order).")
            .Resolve(ctx => ctx.LoadById<Order>(ctx.Source.OrderId));
    }
}

/// <summary>Payload of createFulfillment.</summary>
public sealed class FulfillmentPayloadType : PayloadGraphType<OrderPayload>
{
    public FulfillmentPayloadType()
        : base("FulfillmentPayload", "The shipment created and its order.")
    {
        Field<OrderType>("order").Description("The order as it stands now.").Resolve(ctx => ctx.LoadById<Order>(ctx.Source.OrderId));
        Field<FulfillmentType>("fulfillment").Description("The shipment created; null when refused.")
            .Resolve(ctx => ctx.LoadById<Fulfillment>(ctx.Source.CreatedId));
    }
}

/// <summary>Payload of the payment mutations.</summary>
public sealed class PaymentPayloadType : PayloadGraphType<OrderPayload>
{
    public PaymentPayloadType()
        : base("PaymentPayload", "The ledger entry recorded and its order. A declined card records a FAILED entry and also lists a user error.")
    {
        Field<OrderType>("order").Description("The order as it stands now.").Resolve(ctx => ctx.LoadById<Order>(ctx.Source.OrderId));
        Field<PaymentTransactionType>("transaction").Description("The ledger entry recorded; null when nothing was recorded.")
            .Resolve(ctx => ctx.LoadById<PaymentTransaction>(ctx.Source.CreatedId));
    }
}
