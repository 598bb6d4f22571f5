using Commerce.Domain.Webhooks;
using Commerce.GraphQL.Server.Filtering;
using GraphQL.Types;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>The allowlist of delivery filters.</summary>
public sealed class WebhookDeliveryFilterInputType : FilterInputType<WebhookDelivery>
{
    public WebhookDeliveryFilterInputType()
        : base("WebhookDeliveryFilterInput", "Conditions on webhook deliveries; all given conditions must hold.")
    {
        AllowEnum<WebhookDeliveryStatusType, WebhookDeliveryStatus>("status", d => d.Status, "Where the delivery stands.");
        Allow("eventType", d => d.EventType, "The event type.");
        AllowComparable<DateTimeGraphType, DateTime>("createdAt", d => d.CreatedAt, "When the event was queued.");
    }
}
