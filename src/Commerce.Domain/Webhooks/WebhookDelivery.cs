using Commerce.Domain.Common;

namespace Commerce.Domain.Webhooks;

/// <summary>
/// One event owed to one endpoint, unique per (endpoint, outbox event). It is a row, not a job in memory, so it
/// survives restarts; every try is a <see cref="WebhookAttempt"/>.
/// </summary>
public class WebhookDelivery : IEntity
{
    public int Id { get; set; }

    public int EndpointId { get; set; }

    /// <summary>The outbox event delivered; the event id is "evt_" + this.</summary>
    public long OutboxMessageId { get; set; }

    public required string EventType { get; set; }

    /// <summary>The exact JSON body sent (and signed) on every attempt.</summary>
    public required string Payload { get; set; }

    public WebhookDeliveryStatus Status { get; set; }

    /// <summary>Attempts since the delivery was created or last redelivered; drives the retry schedule.</summary>
    public int RoundAttempts { get; set; }

    public int AttemptCount { get; set; }

    /// <summary>When the worker may try next; null once delivered or failed.</summary>
    public DateTime? NextAttemptAt { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public string EventId => EventIds.Of(OutboxMessageId);

    public void Succeeded(DateTime now)
    {
        Count(now);
        (Status, DeliveredAt, NextAttemptAt) = (WebhookDeliveryStatus.Delivered, now, null);
    }

    public void FailedAttempt(DateTime now)
    {
        Count(now);
        var delay = WebhookRetrySchedule.DelayAfter(RoundAttempts);
        (Status, NextAttemptAt) = delay is { } d ? (WebhookDeliveryStatus.Pending, now + d) : (WebhookDeliveryStatus.Failed, (DateTime?)null);
    }

    /// <summary>Sends it again now, with a fresh retry schedule, whatever became of it before.</summary>
    public void Redeliver(DateTime now) => (Status, RoundAttempts, NextAttemptAt) = (WebhookDeliveryStatus.Pending, 0, now);

    private void Count(DateTime now)
    {
        RoundAttempts++;
        AttemptCount++;
        LastAttemptAt = now;
    }
}

/// <summary>Stable public event ids: the same outbox event has the same id in every delivery and redelivery.</summary>
public static class EventIds
{
    public static string Of(long outboxMessageId) => "evt_" + outboxMessageId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
