using Commerce.Domain.Orders;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>Exposes <see cref="FulfillmentStatus"/> with SCREAMING_CASE values.</summary>
public sealed class FulfillmentStatusType : EnumerationGraphType<FulfillmentStatus>
{
    public FulfillmentStatusType()
    {
        Name = "FulfillmentStatus";
        Description = "The order's fulfillment facet: how much of it has left a warehouse (UNFULFILLED, PARTIALLY_FULFILLED, FULFILLED).";
    }
}
