using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Payments;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Payments;
using GraphQL;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>Input of cancelOrder.</summary>
public sealed record CancelOrderInput : OrderChangeInput
{
    public string? Reason { get; init; }
    public string? IdempotencyKey { get; init; }
}

/// <summary>GraphQL shape of <see cref="CancelOrderInput"/>.</summary>
public sealed class CancelOrderInputType : InputObjectGraphType<CancelOrderInput>
{
    public CancelOrderInputType()
    {
        Name = "CancelOrderInput";
        Description = "An order to cancel before anything shipped.";
        OrderChangeInputType.AddOrderFields(this);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the order is cancelled (kept on the order).");
        Field<StringGraphType>("idempotencyKey").Description("Client-chosen key: a retry returns the first result and moves no stock or money twice.");
    }
}

/// <summary>
/// cancelOrder: releases the order's reserved stock, voids an open authorization or refunds what was captured,
/// and marks the order cancelled — one transaction.
/// </summary>
public static class CancelOrderHandler
{
    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, CancelOrderInput input) =>
        IdempotentMutation.RunAsync(context, "cancelOrder", input.IdempotencyKey, input with { IdempotencyKey = null }, async (db, caller, ct) =>
        {
            if (string.IsNullOrWhiteSpace(input.Reason))
            {
                return (MutationOutcome.Refused(UserError.At(UserErrorCode.InvalidValue, "Say why the order is cancelled.", "reason")), false);
            }

            var guarded = await OrderGuard.LoadAsync(db, caller, input.OrderId, input.ExpectedVersion, OrderAction.Cancel, ct);
            if (guarded.Order is not { } order)
            {
                return (guarded.Refusal!, false);
            }

            var ledger = guarded.Ledger!;
            order.Cancel(input.Reason.Trim(), DateTime.UtcNow);
            await db.ReleaseOrderAsync(order.Id, IdempotentMutation.SubjectOf(caller), ct);
            var gateway = context.RequestServices!.GetRequiredService<IPaymentGateway>();
            if (ledger.OpenAuthorization is { } auth && ledger.CapturedOnAuthorization == 0)
            {
                var voided = await gateway.VoidAsync(auth.ProviderReference!, PaymentEntries.GatewayReference("cancelOrder.void", order.Id, input.IdempotencyKey), ct);
                await PaymentEntries.RecordAsync(db, order, PaymentTransactionKind.Void, auth.AmountMinorUnits, voided, gateway.Name, auth.Id, ct);
            }

            if (ledger.Refundable > 0)
            {
                var (_, refunded) = await PaymentEntries.RefundAsync(db, order, ledger, ledger.Refundable, gateway,
                    PaymentEntries.GatewayReference("cancelOrder.refund", order.Id, input.IdempotencyKey), ct);
                if (!refunded.Succeeded)
                {
                    // The money did not go back, so the order is not cancelled: nothing is committed.
                    return (MutationOutcome.Refused(PaymentEntries.Declined(refunded)), false);
                }
            }

            await db.SaveChangesAsync(ct);
            return (MutationOutcome.Success(order.Id), true);
        });
}
