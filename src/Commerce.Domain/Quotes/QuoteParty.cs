namespace Commerce.Domain.Quotes;

/// <summary>Which side of the negotiation wrote a quote revision.</summary>
public enum QuoteParty
{
    Buyer = 0,
    Seller = 1,
}
