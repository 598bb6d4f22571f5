using Commerce.Domain.Fulfillments;
using GraphQL.Types;

namespace Commerce.Api.Features.Fulfillments;

/// <summary>Exposes <see cref="FulfillmentState"/> with SCREAMING_CASE values.</summary>
public sealed class FulfillmentStateType : EnumerationGraphType<FulfillmentState>
{
    public FulfillmentStateType()
    {
        Name = "FulfillmentState";
        Description = "Where one shipment stands: PENDING (being packed), SHIPPED, DELIVERED or CANCELLED.";
    }
}
