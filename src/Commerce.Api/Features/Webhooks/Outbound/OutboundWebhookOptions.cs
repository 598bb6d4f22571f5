namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>Settings under <c>Webhooks:Outbound</c>.</summary>
public sealed class OutboundWebhookOptions
{
    public const string Section = "Webhooks:Outbound";

    /// <summary>Allow endpoints on loopback and private networks. Off in production: it is what stops SSRF.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>How long one attempt may take, connection and response headers and excerpt included.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>How often the worker looks for new events and due deliveries; 0 turns the loop off (tests call <c>RunDueAsync</c>).</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>Outbox events read per fan-out batch, and deliveries attempted per dispatch batch.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Deliveries attempted at the same time, so one slow receiver does not hold up the others.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Days a delivered or failed delivery and its attempts are kept after the last attempt; 0 keeps them forever. Pending ones are always kept.</summary>
    public int RetentionDays { get; set; } = 30;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
