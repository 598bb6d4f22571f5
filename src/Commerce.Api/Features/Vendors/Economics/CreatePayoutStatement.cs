using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Common;
using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Commerce.Infrastructure.Outbox;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors.Economics;

public sealed class CreatePayoutStatementInput
{
    public string VendorId { get; set; } = "";
    public PayoutPeriod Period { get; set; }
    public DateOnly Date { get; set; }
    public string CurrencyCode { get; set; } = "";
}

public sealed class CreatePayoutStatementInputType : InputObjectGraphType<CreatePayoutStatementInput>
{
    public CreatePayoutStatementInputType()
    {
        Name = "CreatePayoutStatementInput";
        Description = "Which vendor, currency and period (the week or month containing `date`, UTC) to settle.";
        Field<NonNullGraphType<IdGraphType>>("vendorId").Description("The vendor's id.");
        Field<NonNullGraphType<PayoutPeriodType>>("period").Description("WEEKLY or MONTHLY.");
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Description("Any day inside the period, e.g. \"2026-03-11\".");
        Field<NonNullGraphType<Common.CurrencyCodeGraphType>>("currencyCode").Description("The currency settled; a statement holds one currency.");
    }
}

public sealed class CreatePayoutStatementPayloadType() : EntityPayloadGraphType<PayoutStatementType, PayoutStatement>(
    "createPayoutStatement", "payoutStatement", "The new PENDING statement.");

/// <summary>
/// Claims the vendor's unpaid entries of the period with one set-based UPDATE (… WHERE PayoutStatementId IS NULL),
/// so concurrent or overlapping statements can never both take an entry, then totals what it claimed, all in one
/// transaction with the vendor.payout.created event.
/// </summary>
public sealed class CreatePayoutStatementHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<PayoutStatement>> HandleAsync(CreatePayoutStatementInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var vendor = await db.LookupAsync<Vendor>(errors, input.VendorId, VendorType.TypeName, cancellationToken, "vendorId");
        if (errors.Any)
        {
            return EntityPayload.Refused<PayoutStatement>(errors);
        }

        var (start, end) = PayoutPeriods.Window(input.Period, input.Date);
        var statement = new PayoutStatement
        {
            VendorId = vendor!.Id, Period = input.Period, PeriodStart = start, PeriodEnd = end, Currency = input.CurrencyCode,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.PayoutStatements.Add(statement);
        await db.SaveChangesAsync(cancellationToken);
        var claimed = await db.VendorEarnings
            .Where(e => e.VendorId == statement.VendorId && e.Currency == statement.Currency && e.PayoutStatementId == null
                && e.RecordedAt >= start && e.RecordedAt < end)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.PayoutStatementId, statement.Id), cancellationToken);
        if (claimed == 0)
        {
            return EntityPayload.Refused<PayoutStatement>(UserError.At(UserErrorCode.NothingToPay,
                $"The vendor has no unpaid {statement.Currency} earnings between {start:yyyy-MM-dd} and {end.AddDays(-1):yyyy-MM-dd}.", "date"));
        }

        await TotalAsync(statement, cancellationToken);
        db.RecordEvent(new DomainEvent(VendorEvents.PayoutCreated, PayoutStatementType.TypeName, PayoutEvent.Data(statement)), statement.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EntityPayload.Of(statement);
    }

    private async Task TotalAsync(PayoutStatement statement, CancellationToken cancellationToken)
    {
        var totals = await db.VendorEarnings.Where(e => e.PayoutStatementId == statement.Id)
            .GroupBy(e => e.PayoutStatementId)
            .Select(g => new { Count = g.Count(), Gross = g.Sum(e => e.GrossMinorUnits), Commission = g.Sum(e => e.CommissionMinorUnits), Fee = g.Sum(e => e.FeeMinorUnits), Net = g.Sum(e => e.NetMinorUnits) })
            .SingleAsync(cancellationToken);
        (statement.LineCount, statement.GrossMinorUnits, statement.CommissionMinorUnits, statement.FeeMinorUnits, statement.NetMinorUnits) =
            (totals.Count, totals.Gross, totals.Commission, totals.Fee, totals.Net);
    }
}
