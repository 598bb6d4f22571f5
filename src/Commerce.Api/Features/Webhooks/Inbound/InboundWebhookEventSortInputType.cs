using Commerce.GraphQL.Server.Filtering;
using Commerce.Infrastructure.Webhooks;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>The keys inbound events can be sorted by (no status key: enums are stored as strings, docs/decisions/0004).</summary>
public sealed class InboundWebhookEventSortInputType : SortInputType<InboundWebhookEvent>
{
    public InboundWebhookEventSortInputType()
        : base("InboundWebhookEventSortInput", "Sort keys of inbound webhook events. Set exactly one field per list item.")
    {
        Allow("receivedAt", e => e.ReceivedAt, "By arrival time.");
        Allow("occurredAt", e => e.OccurredAt, "By the time the sender says the event happened (events without one come first ascending).");
        TieBreaker("id", e => e.Id, "By id (arrival order); always appended as the last key so the order is total.");
    }
}
