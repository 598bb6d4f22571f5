namespace Commerce.Domain.Quotes;

/// <summary>Outbox event types raised by quotes, one per step of the negotiation.</summary>
public static class QuoteEvents
{
    public const string Requested = "quote.requested";
    public const string Offered = "quote.offered";
    public const string Countered = "quote.countered";
    public const string Accepted = "quote.accepted";
    public const string Rejected = "quote.rejected";
    public const string Withdrawn = "quote.withdrawn";
    public const string Expired = "quote.expired";
}
