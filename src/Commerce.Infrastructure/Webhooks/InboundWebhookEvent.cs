using Commerce.Domain.Common;

namespace Commerce.Infrastructure.Webhooks;

/// <summary>
/// A webhook a payment provider or marketplace sent us, kept so a redelivery changes nothing: unique per
/// (<see cref="Source"/>, <see cref="EventId"/>) and written in the same transaction as the change it made.
/// </summary>
public class InboundWebhookEvent : IEntity
{
    public int Id { get; set; }

    /// <summary>Who sent it: "payments:{provider}" or "marketplaces:{channel}".</summary>
    public required string Source { get; set; }

    /// <summary>The sender's event id (payments) or external order id (marketplaces).</summary>
    public required string EventId { get; set; }

    /// <summary>The event type, e.g. "payment.succeeded" or "order.created".</summary>
    public required string Type { get; set; }

    public InboundWebhookStatus Status { get; set; }

    /// <summary>What happened, in words (or why nothing did).</summary>
    public string? Outcome { get; set; }

    /// <summary>The order the event was about or created, when known.</summary>
    public int? OrderId { get; set; }

    /// <summary>The raw JSON body, for support and for re-applying a deferred event.</summary>
    public required string Payload { get; set; }

    /// <summary>When the sender says the event happened; deferred events are re-applied in this order.</summary>
    public DateTime? OccurredAt { get; set; }

    /// <summary>How many deliveries were processed (a failed event is processed again when redelivered).</summary>
    public int Attempts { get; set; } = 1;

    public DateTime ReceivedAt { get; set; }
    public DateTime? ProcessedAt { get; set; }
}

/// <summary>What became of an inbound webhook event.</summary>
public enum InboundWebhookStatus
{
    /// <summary>Applied: the ledger or the orders changed.</summary>
    Processed = 0,

    /// <summary>Understood and deliberately not applied (unknown type, already recorded under another id).</summary>
    Ignored = 1,

    /// <summary>Arrived before what it depends on (a refund before its payment); re-applied when that arrives, unless it expires first.</summary>
    Deferred = 2,

    /// <summary>Refused (unknown order, out of stock); nothing changed, and a redelivery is processed again.</summary>
    Failed = 3,

    /// <summary>Was deferred, and what it waited for did not arrive in time; never applied, a redelivery is a duplicate.</summary>
    Expired = 4,
}
