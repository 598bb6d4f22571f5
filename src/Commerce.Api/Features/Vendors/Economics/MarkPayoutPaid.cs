using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Common;
using Commerce.Domain.Vendors.Economics;
using Commerce.Infrastructure.Outbox;
using Commerce.Infrastructure.Persistence.Configurations;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors.Economics;

public sealed record MarkPayoutPaidInput
{
    public string PayoutStatementId { get; init; } = "";
    public string? Reference { get; init; }
    public string? IdempotencyKey { get; init; }
}

public sealed class MarkPayoutPaidInputType : InputObjectGraphType<MarkPayoutPaidInput>
{
    public MarkPayoutPaidInputType()
    {
        Name = "MarkPayoutPaidInput";
        Description = "Records that a PENDING payout statement was transferred to the vendor.";
        Field<NonNullGraphType<IdGraphType>>("payoutStatementId").Description("The statement's id.");
        Field<StringGraphType>("reference").Description("The transfer's bank or provider reference.");
        Field<StringGraphType>("idempotencyKey").Description("Client-chosen key: a retry with the same key and input returns the PAID statement instead of ILLEGAL_TRANSITION and writes no second event.");
    }
}

public sealed class MarkPayoutPaidPayloadType() : PayoutStatementPayloadType(
    "markPayoutPaid", "The PAID statement.");

/// <summary>
/// PENDING → PAID with the vendor.payout.paid event; a PAID statement is ILLEGAL_TRANSITION, except for a retry
/// with the first call's idempotency key, which replays the first answer.
/// </summary>
public static class MarkPayoutPaidHandler
{
    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, MarkPayoutPaidInput input) =>
        IdempotentMutation.RunAsync(context, "markPayoutPaid", input.IdempotencyKey, input with { IdempotencyKey = null }, async (db, _, ct) =>
        {
            var errors = new InputErrors();
            var statement = await db.LookupAsync<PayoutStatement>(errors, input.PayoutStatementId, PayoutStatementType.TypeName, ct, "payoutStatementId");
            var reference = errors.Text(input.Reference, ColumnLengths.Reference, required: false, "reference");
            if (statement is { Status: PayoutStatus.Paid })
            {
                errors.Add(AlreadyPaid());
            }

            if (errors.Any)
            {
                return (MutationOutcome.Refused([.. errors.ToList()]), false);
            }

            var pending = statement!;

            // The conditional UPDATE is the check that counts: two concurrent calls may both pass the read above, but
            // only one finds the statement still PENDING, so it is paid once and one vendor.payout.paid event is written.
            var paidAt = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var claimed = await db.PayoutStatements
                .Where(p => p.Id == pending.Id && p.Status == PayoutStatus.Pending)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(p => p.Status, PayoutStatus.Paid)
                    .SetProperty(p => p.PaidAt, paidAt)
                    .SetProperty(p => p.PaymentReference, reference), ct);
            if (claimed == 0)
            {
                return (MutationOutcome.Refused(AlreadyPaid()), false);
            }

            db.Entry(pending).State = EntityState.Detached;   // the UPDATE wrote the row; the event shows what it wrote
            pending.Status = PayoutStatus.Paid;
            pending.PaidAt = paidAt;
            pending.PaymentReference = reference;
            db.RecordEvent(new DomainEvent(VendorEvents.PayoutPaid, PayoutStatementType.TypeName, PayoutEvent.Data(pending)), pending.Id);
            await db.SaveChangesAsync(ct);
            return (MutationOutcome.Success(pending.Id), true);
        });

    private static UserError AlreadyPaid() =>
        UserError.At(UserErrorCode.IllegalTransition, "The statement is already PAID.", "payoutStatementId");
}
