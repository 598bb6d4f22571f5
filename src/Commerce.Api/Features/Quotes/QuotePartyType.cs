using Commerce.Domain.Quotes;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>Exposes <see cref="QuoteParty"/> as <c>QuoteParty { BUYER SELLER }</c>.</summary>
public sealed class QuotePartyType : EnumerationGraphType<QuoteParty>
{
    public QuotePartyType()
    {
        Name = "QuoteParty";
        Description = "The side of a negotiation that wrote a quote revision: the BUYER or the SELLER.";
    }
}
