using Commerce.Api.Features.Orders;
using Commerce.GraphQL.Server.Filtering;
using Commerce.Infrastructure.Webhooks;
using GraphQL.Types;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>The allowlist of inbound event filters.</summary>
public sealed class InboundWebhookEventFilterInputType : FilterInputType<InboundWebhookEvent>
{
    public InboundWebhookEventFilterInputType()
        : base("InboundWebhookEventFilterInput", "Conditions on inbound webhook events; all given conditions must hold.")
    {
        Allow("source", e => e.Source, "Who sent it, as `source` shows it: \"payments:<provider>\" or \"marketplaces:<channel>\" (`startsWith: \"payments:\"` for all providers).");
        Allow("type", e => e.Type, "The event type, e.g. \"payment.refunded\".");
        Allow("eventId", e => e.EventId, "The sender's event id or external order id.");
        AllowEnum<InboundWebhookStatusType, InboundWebhookStatus>("status", e => e.Status, "What became of it.");
        // Value of a nullable key: EF compares the column itself, so rows without an order never match.
        AllowId("orderId", OrderType.TypeName, e => e.OrderId!.Value, "The order it was about or created (global ids of Order).");
        AllowComparable<DateTimeGraphType, DateTime>("receivedAt", e => e.ReceivedAt, "When it first arrived (UTC): `gte`/`lt` for a range.");
    }
}
