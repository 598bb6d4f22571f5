using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Common;
using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Commerce.Infrastructure.Outbox;
using Commerce.Infrastructure.Persistence;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors.Economics;

public sealed record CreatePayoutStatementInput
{
    public string VendorId { get; init; } = "";
    public PayoutPeriod Period { get; init; }
    public DateOnly Date { get; init; }
    public string CurrencyCode { get; init; } = "";
    public string? IdempotencyKey { get; init; }
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
        Field<StringGraphType>("idempotencyKey").Description("Client-chosen key: a retry with the same key and input returns the first statement and creates no second one.");
    }
}

public sealed class CreatePayoutStatementPayloadType() : PayoutStatementPayloadType(
    "createPayoutStatement", "The new PENDING statement.");

/// <summary>
/// Claims the vendor's unpaid entries of the period with one set-based UPDATE (… WHERE PayoutStatementId IS NULL),
/// so concurrent or overlapping statements can never both take an entry, then totals what it claimed, all in one
/// transaction with the vendor.payout.created event — at most once per idempotency key.
/// </summary>
public static class CreatePayoutStatementHandler
{
    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, CreatePayoutStatementInput input) =>
        IdempotentMutation.RunAsync(context, "createPayoutStatement", input.IdempotencyKey, input with { IdempotencyKey = null }, async (db, _, ct) =>
        {
            var errors = new InputErrors();
            var vendor = await db.LookupAsync<Vendor>(errors, input.VendorId, VendorType.TypeName, ct, "vendorId");
            if (errors.Any)
            {
                return (MutationOutcome.Refused([.. errors.ToList()]), false);
            }

            var (start, end) = PayoutPeriods.Window(input.Period, input.Date);
            var statement = new PayoutStatement
            {
                VendorId = vendor!.Id, Period = input.Period, PeriodStart = start, PeriodEnd = end, Currency = input.CurrencyCode,
                CreatedAt = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            };
            db.PayoutStatements.Add(statement);
            await db.SaveChangesAsync(ct);
            var claimed = await db.VendorEarnings
                .Where(e => e.VendorId == statement.VendorId && e.Currency == statement.Currency && e.PayoutStatementId == null
                    && e.RecordedAt >= start && e.RecordedAt < end)
                .ExecuteUpdateAsync(set => set.SetProperty(e => e.PayoutStatementId, statement.Id), ct);
            if (claimed == 0)
            {
                // Rolled back (the empty statement goes too) and not stored: a retry looks for entries again.
                return (MutationOutcome.Refused(UserError.At(UserErrorCode.NothingToPay,
                    $"The vendor has no unpaid {statement.Currency} earnings between {start:yyyy-MM-dd} and {end.AddDays(-1):yyyy-MM-dd}.", "date")), false);
            }

            await TotalAsync(db, statement, ct);
            db.RecordEvent(new DomainEvent(VendorEvents.PayoutCreated, PayoutStatementType.TypeName, PayoutEvent.Data(statement)), statement.Id);
            await db.SaveChangesAsync(ct);
            return (MutationOutcome.Success(statement.Id), true);
        });

    private static async Task TotalAsync(CommerceDbContext db, PayoutStatement statement, CancellationToken cancellationToken)
    {
        var totals = await db.VendorEarnings.Where(e => e.PayoutStatementId == statement.Id)
            .GroupBy(e => e.PayoutStatementId)
            .Select(g => new { Count = g.Count(), Gross = g.Sum(e => e.GrossMinorUnits), Commission = g.Sum(e => e.CommissionMinorUnits), Fee = g.Sum(e => e.FeeMinorUnits), Net = g.Sum(e => e.NetMinorUnits) })
            .SingleAsync(cancellationToken);
        (statement.LineCount, statement.GrossMinorUnits, statement.CommissionMinorUnits, statement.FeeMinorUnits, statement.NetMinorUnits) =
            (totals.Count, totals.Gross, totals.Commission, totals.Fee, totals.Net);
    }
}
