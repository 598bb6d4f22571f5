namespace Commerce.Domain.Quotes;

/// <summary>
/// The quote state machine. Sides take turns: the seller offers on a request or a counter-offer, the buyer counters
/// or accepts an offer. Whoever's turn it is may reject; the buyer may withdraw at any time while the quote is open.
/// Nothing but expiry happens to an open quote whose offer has lapsed, and nothing at all to a closed one.
/// </summary>
public static class QuoteWorkflow
{
    /// <summary>Null when <paramref name="action"/> is allowed at <paramref name="utcNow"/>; otherwise why not.</summary>
    public static string? Refusal(Quote quote, QuoteAction action, DateTime utcNow)
    {
        if (!quote.Status.IsOpen())
        {
            return $"Quote {quote.Number} is {Upper(quote.Status)}; it can no longer change.";
        }

        if (action == QuoteAction.Expire)
        {
            return quote.IsExpiredAt(utcNow) ? null : $"Quote {quote.Number} is still valid.";
        }

        if (quote.IsExpiredAt(utcNow))
        {
            return $"Quote {quote.Number} expired at {quote.ValidUntil:u}; request a new quote.";
        }

        return action switch
        {
            QuoteAction.Offer when quote.Status == QuoteStatus.Offered => "The seller's offer is on the table; wait for the buyer to counter, accept or reject it.",
            QuoteAction.Counter or QuoteAction.Accept when quote.Status != QuoteStatus.Offered =>
                $"Only an offer can be {(action == QuoteAction.Accept ? "accepted" : "countered")}; quote {quote.Number} is {Upper(quote.Status)}.",
            _ => null,
        };
    }

    /// <summary>The side whose turn it is: the buyer answers an offer, the seller a request or a counter-offer.</summary>
    public static QuoteParty PartyToAnswer(this Quote quote) => quote.Status == QuoteStatus.Offered ? QuoteParty.Buyer : QuoteParty.Seller;

    public static string Upper(QuoteStatus status) => status switch
    {
        QuoteStatus.CounterOffered => "COUNTER_OFFERED",
        _ => status.ToString().ToUpperInvariant(),
    };
}
