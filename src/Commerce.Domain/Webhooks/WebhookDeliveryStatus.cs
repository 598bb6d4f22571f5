namespace Commerce.Domain.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its next attempt (the first is due at once).</summary>
    Pending,

    /// <summary>A 2xx answer was received.</summary>
    Delivered,

    /// <summary>Every attempt of the schedule failed; only a redelivery sends it again.</summary>
    Failed,
}
