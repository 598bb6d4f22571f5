using Commerce.Domain.Common;

namespace Commerce.Domain.Webhooks;

/// <summary>
/// A subscriber's URL and the events it wants. The signing secret is kept in clear because every delivery is signed
/// with it (an HMAC needs the key, a hash would not do); the API shows it once. After a rotation the previous
/// secret keeps signing, next to the new one, until <see cref="PreviousSecretExpiresAt"/>.
/// </summary>
public class WebhookEndpoint : IEntity
{
    public int Id { get; set; }

    public required string Url { get; set; }

    public string? Description { get; set; }

    /// <summary>Event types ("order.created"), family wildcards ("order.*") or "*" for every event.</summary>
    public List<string> Events { get; set; } = [];

    public required string Secret { get; set; }

    public string? PreviousSecret { get; set; }

    public DateTime? PreviousSecretExpiresAt { get; set; }

    /// <summary>Only outbox events after this id are delivered: an endpoint never receives what happened before it existed.</summary>
    public long StartsAfterEventId { get; set; }

    public DateTime? DisabledAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public bool IsEnabled => DisabledAt is null;

    public bool Wants(string eventType) => Events.Any(pattern => WebhookEventPatterns.Matches(pattern, eventType));

    /// <summary>The secrets a delivery is signed with now: the current one, then the previous one during its grace period.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTime now) =>
        PreviousSecret is not null && PreviousSecretExpiresAt > now ? [Secret, PreviousSecret] : [Secret];

    /// <summary>Turns deliveries off or on; true when that changed anything.</summary>
    public bool SetEnabled(bool enabled, DateTime now)
    {
        if (enabled == IsEnabled)
        {
            return false;
        }

        DisabledAt = enabled ? null : now;
        UpdatedAt = now;
        return true;
    }

    public void RotateSecret(string newSecret, DateTime now, TimeSpan gracePeriod)
    {
        var keepOld = gracePeriod > TimeSpan.Zero;
        PreviousSecret = keepOld ? Secret : null;
        PreviousSecretExpiresAt = keepOld ? now + gracePeriod : null;
        Secret = newSecret;
        UpdatedAt = now;
    }
}
