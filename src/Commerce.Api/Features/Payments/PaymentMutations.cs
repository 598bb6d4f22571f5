using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Orders;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;

namespace Commerce.Api.Features.Payments;

/// <summary>Root mutations of the payment ledger: authorize, capture, void, refund, record a manual payment.</summary>
public static class PaymentMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<AuthorizePaymentInputType, PaymentPayloadType, PaymentInput, OrderPayload>("authorizePayment",
            "Authorizes a card for what is still owed on the order. Customers may pay their own orders, guests the order their order access token opens. A decline records a FAILED ledger entry and returns PAYMENT_DECLINED or INSUFFICIENT_FUNDS.",
            async (ctx, input) => new OrderPayload(await PaymentHandlers.AuthorizeAsync(ctx, input)))
            .RequireScopes(Scopes.WriteOrders, Scopes.Customer, Scopes.Guest);
        mutation.MutationField<CapturePaymentInputType, PaymentPayloadType, PaymentInput, OrderPayload>("capturePayment",
            "Captures all or part of the order's open authorization.",
            async (ctx, input) => new OrderPayload(await PaymentHandlers.CaptureAsync(ctx, input)))
            .RequireScopes(Scopes.WriteOrders);
        mutation.MutationField<VoidPaymentInputType, PaymentPayloadType, PaymentInput, OrderPayload>("voidPayment",
            "Voids the order's open authorization before anything of it was captured.",
            async (ctx, input) => new OrderPayload(await PaymentHandlers.VoidAsync(ctx, input)))
            .RequireScopes(Scopes.WriteOrders);
        mutation.MutationField<RefundPaymentInputType, PaymentPayloadType, PaymentInput, OrderPayload>("refundPayment",
            "Refunds captured money, partially or fully; never more than captured minus already refunded.",
            async (ctx, input) => new OrderPayload(await PaymentHandlers.RefundAsync(ctx, input)))
            .RequireScopes(Scopes.WriteOrders);
        mutation.MutationField<RecordManualPaymentInputType, PaymentPayloadType, PaymentInput, OrderPayload>("recordManualPayment",
            "Records money received outside the gateway (mark as paid).",
            async (ctx, input) => new OrderPayload(await PaymentHandlers.RecordManualAsync(ctx, input)))
            .RequireScopes(Scopes.WriteOrders);
    }
}
