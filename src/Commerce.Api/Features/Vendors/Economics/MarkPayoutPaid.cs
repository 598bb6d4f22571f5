using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Common;
using Commerce.Domain.Vendors.Economics;
using Commerce.Infrastructure.Outbox;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Configurations;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors.Economics;

public sealed class MarkPayoutPaidInput
{
    public string PayoutStatementId { get; set; } = "";
    public string? Reference { get; set; }
}

public sealed class MarkPayoutPaidInputType : InputObjectGraphType<MarkPayoutPaidInput>
{
    public MarkPayoutPaidInputType()
    {
        Name = "MarkPayoutPaidInput";
        Description = "Records that a PENDING payout statement was transferred to the vendor.";
        Field<NonNullGraphType<IdGraphType>>("payoutStatementId").Description("The statement's id.");
        Field<StringGraphType>("reference").Description("The transfer's bank or provider reference.");
    }
}

public sealed class MarkPayoutPaidPayloadType() : EntityPayloadGraphType<PayoutStatementType, PayoutStatement>(
    "markPayoutPaid", "payoutStatement", "The PAID statement.");

/// <summary>PENDING → PAID with the vendor.payout.paid event; a PAID statement is ILLEGAL_TRANSITION.</summary>
public sealed class MarkPayoutPaidHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<PayoutStatement>> HandleAsync(MarkPayoutPaidInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var statement = await db.LookupAsync<PayoutStatement>(errors, input.PayoutStatementId, PayoutStatementType.TypeName, cancellationToken, "payoutStatementId");
        var reference = errors.Text(input.Reference, ColumnLengths.Reference, required: false, "reference");
        if (statement is { Status: PayoutStatus.Paid })
        {
            errors.Add(UserErrorCode.IllegalTransition, "The statement is already PAID.", "payoutStatementId");
        }

        if (errors.Any)
        {
            return EntityPayload.Refused<PayoutStatement>(errors);
        }

        var pending = statement!;

        // The conditional UPDATE is the check that counts: two concurrent calls may both pass the read above, but
        // only one finds the statement still PENDING, so it is paid once and one vendor.payout.paid event is written.
        var paidAt = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.PayoutStatements
            .Where(p => p.Id == pending.Id && p.Status == PayoutStatus.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.Status, PayoutStatus.Paid)
                .SetProperty(p => p.PaidAt, paidAt)
                .SetProperty(p => p.PaymentReference, reference), cancellationToken);
        if (claimed == 0)
        {
            errors.Add(UserErrorCode.IllegalTransition, "The statement is already PAID.", "payoutStatementId");
            return EntityPayload.Refused<PayoutStatement>(errors);
        }

        db.Entry(pending).State = EntityState.Detached;   // the UPDATE wrote the row; the payload shows what it wrote
        pending.Status = PayoutStatus.Paid;
        pending.PaidAt = paidAt;
        pending.PaymentReference = reference;
        db.RecordEvent(new DomainEvent(VendorEvents.PayoutPaid, PayoutStatementType.TypeName, PayoutEvent.Data(pending)), pending.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EntityPayload.Of(pending);
    }
}
