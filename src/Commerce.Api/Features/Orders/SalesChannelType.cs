using Commerce.Domain.Orders;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>Exposes <see cref="SalesChannel"/> with SCREAMING_CASE values.</summary>
public sealed class SalesChannelType : EnumerationGraphType<SalesChannel>
{
    public SalesChannelType()
    {
        Name = "SalesChannel";
        Description = "Where an order came from: WEB, MOBILE, POS, MARKETPLACE (with the marketplace's own order id), QUOTE (an accepted quote) or API.";
    }
}
