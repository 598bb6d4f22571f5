using Commerce.Domain.Quotes;
using GraphQL.Types;

namespace Commerce.Api.Features.Quotes;

/// <summary>Exposes <see cref="QuoteStatus"/> as <c>QuoteStatus { REQUESTED OFFERED COUNTER_OFFERED … }</c>.</summary>
public sealed class QuoteStatusType : EnumerationGraphType<QuoteStatus>
{
    public QuoteStatusType()
    {
        Name = "QuoteStatus";
        Description = "Where a quote stands: asked for (REQUESTED), priced by the seller (OFFERED), answered by the buyer (COUNTER_OFFERED), or closed: ACCEPTED (it became an order), REJECTED, WITHDRAWN by the buyer, or EXPIRED.";
    }
}
