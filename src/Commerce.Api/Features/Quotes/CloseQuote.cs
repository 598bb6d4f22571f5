using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Quotes;
using Commerce.Infrastructure.Persistence.Configurations;
using GraphQL;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>The input of rejectQuote and withdrawQuote.</summary>
public sealed record CloseQuoteInput
{
    public string QuoteId { get; init; } = "";
    public string? Reason { get; init; }
}

/// <summary>The shape both closing inputs share; one type per mutation so each can grow its own fields.</summary>
public abstract class CloseQuoteInputType : InputObjectGraphType<CloseQuoteInput>
{
    protected CloseQuoteInputType(string name, string description, string reasonDescription)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("quoteId").Description("The quote's ID.");
        Field<StringGraphType>("reason").Description(reasonDescription);
    }
}

public sealed class RejectQuoteInputType() : CloseQuoteInputType("RejectQuoteInput",
    "Declines the other side's latest move: the buyer an offer, the seller a request or counter-offer.", "Why, for the other side (kept in the quote.rejected event).");

public sealed class WithdrawQuoteInputType() : CloseQuoteInputType("WithdrawQuoteInput",
    "The buyer calls the quote off while it is open.", "Why (kept in the quote.withdrawn event).");

/// <summary>rejectQuote and withdrawQuote: close an open quote with a quote.rejected / quote.withdrawn event.</summary>
public static class CloseQuoteHandler
{
    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, CloseQuoteInput input, QuoteAction action) =>
        QuoteMutation.RunAsync(context, action == QuoteAction.Reject ? "rejectQuote" : "withdrawQuote", input.QuoteId, action, null, input,
            async (db, caller, quote, now, ct) =>
            {
                var errors = new InputErrors();
                var reason = errors.Text(input.Reason, ColumnLengths.Note, required: false, "reason");
                if (errors.Any)
                {
                    return MutationOutcome.RefusedOn(quote.Id, [.. errors.ToList()]);
                }

                if (action == QuoteAction.Reject)
                {
                    quote.Reject(QuoteGuard.PartyFor(quote, action), reason, now);
                }
                else
                {
                    quote.Withdraw(reason, now);
                }

                await db.SaveChangesAsync(ct);
                return MutationOutcome.Success(quote.Id);
            });
}
