using Commerce.Api.Features.Common;
using Commerce.Api.Features.Webhooks.Inbound;
using Commerce.Api.Features.Webhooks.Outbound;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Webhooks;

/// <summary>
/// Keeps the webhook tables from growing forever: on start and then every <see cref="WebhookRetentionOptions.SweepMinutes"/>,
/// expires deferred inbound events that waited too long, then deletes finished deliveries and inbound events past
/// their retention. Every instance may run it: each step is a conditional write, so two sweeps never do a row twice.
/// Tests call <see cref="SweepAsync"/> instead of waiting.
/// </summary>
public sealed class WebhookRetentionWorker(
    DeferredEventExpiry expiry, WebhookDeliveryRetention deliveries, InboundEventRetention inbound, TimeProvider clock,
    IOptions<WebhookRetentionOptions> options, ILogger<WebhookRetentionWorker> logger) : PeriodicWorker(clock, logger)
{
    public async Task<WebhookSweep> SweepAsync(CancellationToken cancellationToken = default)
    {
        // Expiry first: an expired event is then an ordinary row, deleted once past the retention.
        var sweep = new WebhookSweep(
            DeferredExpired: await expiry.ExpireAsync(cancellationToken),
            DeliveriesDeleted: await deliveries.SweepAsync(cancellationToken),
            InboundEventsDeleted: await inbound.SweepAsync(cancellationToken));
        if (sweep != default)
        {
            logger.LogInformation("Webhook retention: {DeferredExpired} deferred inbound events expired, {DeliveriesDeleted} deliveries and {InboundEventsDeleted} inbound events deleted",
                sweep.DeferredExpired, sweep.DeliveriesDeleted, sweep.InboundEventsDeleted);
        }

        return sweep;
    }

    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.SweepMinutes);

    protected override Task RunAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);
}

/// <summary>What one sweep did.</summary>
public readonly record struct WebhookSweep(int DeferredExpired, int DeliveriesDeleted, int InboundEventsDeleted);
