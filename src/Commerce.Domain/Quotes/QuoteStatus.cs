namespace Commerce.Domain.Quotes;

/// <summary>
/// A B2B request for quote: the buyer requests, the seller offers, the buyer may counter, and so on until the
/// quote is accepted (and becomes an order), rejected, withdrawn by the buyer, or expires.
/// </summary>
public enum QuoteStatus
{
    Requested = 0,
    Offered = 1,
    CounterOffered = 2,
    Accepted = 3,
    Rejected = 4,
    Withdrawn = 5,
    Expired = 6,
}
