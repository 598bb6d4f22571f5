using Commerce.Api.Features.Common;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Graph;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>placeOrder's payload: the order, and for a guest the order access token that opens it.</summary>
public sealed class PlaceOrderPayload : MutationPayload
{
    public PlaceOrderPayload(MutationOutcome outcome, (string Token, DateTime ExpiresAt)? access)
    {
        OrderId = outcome.EntityId;
        UserErrors = outcome.Errors;
        OrderAccessToken = access?.Token;
        OrderAccessTokenExpiresAt = access?.ExpiresAt;
    }

    public int? OrderId { get; }

    public string? OrderAccessToken { get; }

    public DateTime? OrderAccessTokenExpiresAt { get; }
}

/// <summary>
/// GraphQL shape of <see cref="PlaceOrderPayload"/>. <c>order</c> needs a caller who may read orders, which a guest
/// is not until it holds the token, so the confirmation figures are repeated as fields open to every caller.
/// </summary>
public sealed class PlaceOrderPayloadType : PayloadGraphType<PlaceOrderPayload>
{
    public PlaceOrderPayloadType()
        : base("PlaceOrderPayload", "The order placed; null fields when it was refused. Guests get an order access token to read and pay for it.")
    {
        Field<OrderType>("order")
            .Description("The order placed. An anonymous guest cannot select it (the whole request would be refused as UNAUTHENTICATED and nothing placed): read `orderNumber` and `total` here, then the order with `orderAccessToken`.")
            .Resolve(ctx => ctx.LoadById<Order>(ctx.Source.OrderId));
        Field<IdGraphType>("orderId").Description("The order's global id, for `order(id:)` and `authorizePayment`.")
            .Resolve(ctx => ctx.Source.OrderId is { } id ? GlobalId.Encode(OrderType.TypeName, id) : null);
        Field<StringGraphType>("orderNumber").Description("The human-facing order number, for the confirmation page.")
            .Resolve(ctx => ctx.LoadById<Order>(ctx.Source.OrderId).Then(o => o?.Number));
        Field<MoneyType>("total").Description("What the buyer pays: subtotal − discount + shipping + tax.")
            .Resolve(ctx => ctx.LoadById<Order>(ctx.Source.OrderId).Then(o => o?.Total));
        Field<StringGraphType>("orderAccessToken")
            .Description("Guests only (null for customers and staff): send as `Authorization: Bearer <token>` to read this one order (`order`, `node`) and pay for it (`authorizePayment`). Valid 24 hours by default; keep it secret.")
            .Resolve(ctx => ctx.Source.OrderAccessToken);
        Field<DateTimeGraphType>("orderAccessTokenExpiresAt").Description("When the order access token stops working (UTC); null without a token.")
            .Resolve(ctx => ctx.Source.OrderAccessTokenExpiresAt);
    }
}
