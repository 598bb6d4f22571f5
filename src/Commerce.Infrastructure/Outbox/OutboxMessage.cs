namespace Commerce.Infrastructure.Outbox;

/// <summary>
/// A domain event stored in the same transaction as the change that raised it. <see cref="Id"/> grows with every
/// event and is the cursor relays and subscribers resume from; <see cref="PublishedAt"/> is set once a relay has
/// handed the event to the bus and to webhook delivery.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>Event type in the webhook vocabulary, e.g. "order.created", "stock.changed".</summary>
    public required string Type { get; set; }

    /// <summary>The CLR name of the aggregate, e.g. "Order", "ProductVariant".</summary>
    public required string AggregateType { get; set; }

    public int AggregateId { get; set; }

    /// <summary>JSON snapshot of the event's data (camelCase).</summary>
    public required string Payload { get; set; }

    public DateTime OccurredAt { get; set; }
    public DateTime? PublishedAt { get; set; }
}
