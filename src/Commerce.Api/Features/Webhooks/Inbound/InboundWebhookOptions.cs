namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// How long inbound events are kept and how long a deferred one waits, under <c>Webhooks:Inbound</c> (the senders'
/// secrets there are read per request by <see cref="InboundWebhookSenders"/>, not bound here).
/// </summary>
public sealed class InboundWebhookOptions
{
    public const string Section = "Webhooks:Inbound";

    /// <summary>
    /// Providers retry a delivery for up to 3 days; an event id is remembered only as long as its row is kept, so a
    /// retention shorter than that would apply a late retry a second time.
    /// </summary>
    public const int MinimumRetentionDays = 3;

    /// <summary>Days an event's row (its idempotency claim) is kept after it arrived; 0 keeps rows forever.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>How long a deferred event waits for what it depends on before it expires.</summary>
    public TimeSpan DeferredTimeout { get; set; } = TimeSpan.FromHours(72);
}
