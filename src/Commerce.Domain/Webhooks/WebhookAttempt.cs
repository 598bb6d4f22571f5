using Commerce.Domain.Common;

namespace Commerce.Domain.Webhooks;

/// <summary>One try of a delivery: what the receiver answered, or why no answer came.</summary>
public class WebhookAttempt : IEntity
{
    /// <summary>At most this many characters of the receiver's answer are kept.</summary>
    public const int ExcerptLength = 1024;

    public int Id { get; set; }

    public int DeliveryId { get; set; }

    public DateTime AttemptedAt { get; set; }

    /// <summary>The HTTP status; null when no response came (refused address, connection error, time-out).</summary>
    public int? StatusCode { get; set; }

    public int DurationMs { get; set; }

    public string? ResponseExcerpt { get; set; }

    public string? Error { get; set; }

    public bool Succeeded => StatusCode is >= 200 and < 300;
}
