using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Orders;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Infrastructure.Payments;
using GraphQL;

namespace Commerce.Api.Features.Payments;

/// <summary>
/// The payment mutations. Each loads the order through <see cref="OrderGuard"/>, asks the gateway, appends the
/// answer to the ledger and re-derives the payment status, once per idempotency key.
/// </summary>
public static class PaymentHandlers
{
    public static Task<MutationOutcome> AuthorizeAsync(IResolveFieldContext context, PaymentInput input) =>
        Run(context, "authorizePayment", OrderAction.AuthorizePayment, input, async (step, gateway, ct) =>
        {
            var amount = step.Ledger.Outstanding(step.Order.TotalMinorUnits);
            var result = await gateway.AuthorizeAsync(input.Card ?? "", amount, step.Order.Currency, step.Reference, ct);
            var entry = await PaymentEntries.RecordAsync(step.Db, step.Order, PaymentTransactionKind.Authorization, amount, result, gateway.Name, null, ct);
            // A decline is recorded (the ledger keeps failed attempts) and reported as a user error.
            return (new MutationOutcome(step.Order.Id, entry.Id, result.Succeeded ? [] : [PaymentEntries.Declined(result)]), true);
        });

    public static Task<MutationOutcome> CaptureAsync(IResolveFieldContext context, PaymentInput input) =>
        Run(context, "capturePayment", OrderAction.CapturePayment, input, async (step, gateway, ct) =>
        {
            var (amount, error) = PaymentEntries.ToMinorUnits(input.Amount, step.Order.Currency, step.Ledger.Capturable);
            error ??= amount > step.Ledger.Capturable ? UserError.At(UserErrorCode.AmountExceedsCapturable,
                $"At most {new Domain.Common.Money(step.Ledger.Capturable, step.Order.Currency)} can still be captured.", "amount") : null;
            if (error is not null)
            {
                return (MutationOutcome.RefusedOn(step.Order.Id, error), false);
            }

            var auth = step.Ledger.OpenAuthorization!;
            var result = await gateway.CaptureAsync(auth.ProviderReference!, amount, step.Order.Currency, step.Reference, ct);
            var entry = await PaymentEntries.RecordAsync(step.Db, step.Order, PaymentTransactionKind.Capture, amount, result, gateway.Name, auth.Id, ct);
            return (new MutationOutcome(step.Order.Id, entry.Id, result.Succeeded ? [] : [PaymentEntries.Declined(result)]), true);
        });

    public static Task<MutationOutcome> VoidAsync(IResolveFieldContext context, PaymentInput input) =>
        Run(context, "voidPayment", OrderAction.VoidPayment, input, async (step, gateway, ct) =>
        {
            var auth = step.Ledger.OpenAuthorization!;
            var result = await gateway.VoidAsync(auth.ProviderReference!, step.Reference, ct);
            var entry = await PaymentEntries.RecordAsync(step.Db, step.Order, PaymentTransactionKind.Void, auth.AmountMinorUnits, result, gateway.Name, auth.Id, ct);
            return (new MutationOutcome(step.Order.Id, entry.Id, result.Succeeded ? [] : [PaymentEntries.Declined(result)]), true);
        });

    public static Task<MutationOutcome> RefundAsync(IResolveFieldContext context, PaymentInput input) =>
        Run(context, "refundPayment", OrderAction.RefundPayment, input, async (step, gateway, ct) =>
        {
            var (amount, error) = PaymentEntries.ToMinorUnits(input.Amount, step.Order.Currency, step.Ledger.Refundable);
            error ??= amount > step.Ledger.Refundable ? UserError.At(UserErrorCode.AmountExceedsRefundable,
                $"At most {new Domain.Common.Money(step.Ledger.Refundable, step.Order.Currency)} can still be refunded.", "amount") : null;
            if (error is not null)
            {
                return (MutationOutcome.RefusedOn(step.Order.Id, error), false);
            }

            var (entry, result) = await PaymentEntries.RefundAsync(step.Db, step.Order, step.Ledger, amount, gateway, step.Reference, ct);
            return (new MutationOutcome(step.Order.Id, entry?.Id, result.Succeeded ? [] : [PaymentEntries.Declined(result)]), true);
        });

    public static Task<MutationOutcome> RecordManualAsync(IResolveFieldContext context, PaymentInput input) =>
        Run(context, "recordManualPayment", OrderAction.RecordManualPayment, input, async (step, _, ct) =>
        {
            var outstanding = step.Ledger.Outstanding(step.Order.TotalMinorUnits);
            var (amount, error) = PaymentEntries.ToMinorUnits(input.Amount, step.Order.Currency, outstanding);
            error ??= amount > outstanding ? UserError.At(UserErrorCode.InvalidValue,
                $"Only {new Domain.Common.Money(outstanding, step.Order.Currency)} is owed.", "amount") : null;
            if (error is not null)
            {
                return (MutationOutcome.RefusedOn(step.Order.Id, error), false);
            }

            var result = GatewayResult.Success(string.IsNullOrWhiteSpace(input.Reference) ? $"manual_{step.Order.Number}" : input.Reference.Trim());
            var entry = await PaymentEntries.RecordAsync(step.Db, step.Order, PaymentTransactionKind.ManualPayment, amount, result, PaymentEntries.ManualProvider, null, ct);
            return (MutationOutcome.Success(step.Order.Id, entry.Id), true);
        });

    private static Task<MutationOutcome> Run(
        IResolveFieldContext context, string scope, OrderAction action, PaymentInput input,
        Func<PaymentStep, IPaymentGateway, CancellationToken, Task<(MutationOutcome, bool)>> work) =>
        IdempotentMutation.RunAsync(context, scope, input.IdempotencyKey, input with { IdempotencyKey = null }, async (db, caller, ct) =>
        {
            var guarded = await OrderGuard.LoadAsync(db, caller, input.OrderId, input.ExpectedVersion, action, ct);
            if (guarded.Order is not { } order)
            {
                return (guarded.Refusal!, false);
            }

            var step = new PaymentStep(db, order, guarded.Ledger!, PaymentEntries.GatewayReference(scope, order.Id, input.IdempotencyKey));
            return await work(step, context.RequestServices!.GetRequiredService<IPaymentGateway>(), ct);
        });

    private sealed record PaymentStep(Infrastructure.Persistence.CommerceDbContext Db, Order Order, PaymentLedger Ledger, string Reference);
}
