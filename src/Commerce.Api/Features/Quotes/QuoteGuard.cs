using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Quotes;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Quotes;

/// <summary>
/// The checks every quote mutation makes, in order: the id is a Quote id (INVALID_ID); the caller may see the quote
/// (staff with write:quotes, its buyer, the vendor it is addressed to; anyone else gets NOT_FOUND, as for an unknown
/// id); the caller may act for the side the step needs, and the state machine allows the step (ILLEGAL_TRANSITION).
/// </summary>
public static class QuoteGuard
{
    /// <summary>The quote, tracked, with its requested lines and its revisions (without their lines); or the refusal.</summary>
    public static async Task<(Quote? Quote, MutationOutcome? Refusal)> LoadAsync(
        CommerceDbContext db, Caller caller, string quoteId, QuoteAction action, DateTime now, CancellationToken ct)
    {
        var errors = new InputErrors();
        if (errors.Id(quoteId, QuoteType.TypeName, "quoteId") is not { } id)
        {
            return (null, MutationOutcome.Refused([.. errors.ToList()]));
        }

        var quote = await db.Quotes.Include(q => q.Lines.OrderBy(l => l.Id)).Include(q => q.Revisions).FirstOrDefaultAsync(q => q.Id == id, ct);
        if (quote is null || !(caller.Has(Scopes.WriteQuotes) || IsBuyer(caller, quote) || IsSeller(caller, quote)))
        {
            return (null, MutationOutcome.Refused(UserError.At(UserErrorCode.NotFound, "No such quote.", "quoteId")));
        }

        var reason = QuoteWorkflow.Refusal(quote, action, now) ?? SideRefusal(caller, quote, action);
        return reason is null ? (quote, null) : (null, MutationOutcome.RefusedOn(quote.Id, new UserError(UserErrorCode.IllegalTransition, reason)));
    }

    /// <summary>The side a step is taken for: the seller offers, the buyer counters, accepts and withdraws, either side rejects on its turn.</summary>
    public static QuoteParty PartyFor(Quote quote, QuoteAction action) => action switch
    {
        QuoteAction.Offer => QuoteParty.Seller,
        QuoteAction.Reject => quote.PartyToAnswer(),
        _ => QuoteParty.Buyer,
    };

    private static string? SideRefusal(Caller caller, Quote quote, QuoteAction action)
    {
        var party = PartyFor(quote, action);
        var allowed = caller.Has(Scopes.WriteQuotes) || (party == QuoteParty.Buyer ? IsBuyer(caller, quote) : IsSeller(caller, quote));
        return allowed ? null : party == QuoteParty.Buyer
            ? $"It is the buyer's turn on quote {quote.Number}: only the buyer (or staff) may {action.ToString().ToLowerInvariant()} now."
            : $"It is the seller's turn on quote {quote.Number}: only the seller (or staff) may {action.ToString().ToLowerInvariant()} now; the buyer may withdraw the quote.";
    }

    private static bool IsBuyer(Caller caller, Quote quote) => caller.CustomerId is { } own && quote.CustomerId == own;

    private static bool IsSeller(Caller caller, Quote quote) => caller.VendorId is { } vendor && quote.VendorId == vendor;
}
