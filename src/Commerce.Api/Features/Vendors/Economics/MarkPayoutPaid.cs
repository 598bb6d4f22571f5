using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Common;
using Commerce.Domain.Vendors.Economics;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Configurations;
using GraphQL.Types;

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

        statement!.Status = PayoutStatus.Paid;
        statement.PaidAt = clock.GetUtcNow().UtcDateTime;
        statement.PaymentReference = reference;
        await db.SaveWithEventAsync(statement, () => new DomainEvent(VendorEvents.PayoutPaid, PayoutStatementType.TypeName, PayoutEvent.Data(statement)), cancellationToken);
        return EntityPayload.Of(statement);
    }
}
