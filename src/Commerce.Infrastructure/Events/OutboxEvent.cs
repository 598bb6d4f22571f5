using Commerce.Infrastructure.Outbox;

namespace Commerce.Infrastructure.Events;

/// <summary>
/// A committed outbox row as it travels on the event bus. <see cref="Id"/> is the outbox id: it only grows, so
/// subscribers use it as their cursor and drop any event at or below the last one they handled (the bus delivers at
/// least once).
/// </summary>
public sealed record OutboxEvent(
    long Id, string Type, string AggregateType, int AggregateId, string Payload, DateTime OccurredAt)
{
    public static OutboxEvent From(OutboxMessage message) => new(
        message.Id, message.Type, message.AggregateType, message.AggregateId, message.Payload, message.OccurredAt);
}
