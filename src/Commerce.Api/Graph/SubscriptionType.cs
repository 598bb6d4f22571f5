using Commerce.Api.Features.Inventory;
using Commerce.Api.Features.Orders;
using GraphQL.Types;

namespace Commerce.Api.Graph;

/// <summary>The root subscription type: each feature contributes its live fields, one line per feature.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live events over WebSocket or Server-Sent Events. Every event carries a `cursor`; subscribe again with `after:` to resume without a gap.";
        OrderSubscriptions.AddTo(this);
        InventorySubscriptions.AddTo(this);
    }
}
