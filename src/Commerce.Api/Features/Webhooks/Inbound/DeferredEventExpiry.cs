using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// Marks deferred events that waited <see cref="InboundWebhookOptions.DeferredTimeout"/> (counted from their arrival)
/// as <see cref="InboundWebhookStatus.Expired"/>. An expired event is never applied: a payment arriving later re-applies
/// only deferred events, and a redelivery of the expired one is a duplicate. Each expiry is logged at Warning, since
/// someone may have to settle by hand what the provider did.
/// </summary>
public sealed class DeferredEventExpiry(
    IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IOptions<InboundWebhookOptions> options,
    IOptions<WebhookRetentionOptions> retention, ILogger<DeferredEventExpiry> logger)
{
    /// <summary>Expires every deferred event that is due, batch by batch; returns how many expired.</summary>
    public Task<int> ExpireAsync(CancellationToken cancellationToken = default) =>
        SweepBatches.UntilDoneAsync(ExpireBatchAsync, retention.Value.BatchSize, clock, cancellationToken);

    private async Task<int> ExpireBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var timeout = options.Value.DeferredTimeout;
        var cutoff = now - timeout;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.InboundWebhookEvents.AsNoTracking()
            .Where(e => e.Status == InboundWebhookStatus.Deferred && e.ReceivedAt <= cutoff)
            .OrderBy(e => e.ReceivedAt).ThenBy(e => e.Id).Take(batchSize)
            .Select(e => new { e.Id, e.Source, e.EventId, e.Type, e.OrderId, OrderNumber = db.Orders.Where(o => o.Id == e.OrderId).Select(o => o.Number).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var row in due)
        {
            var outcome = $"Expired: waited {Describe(timeout)} for a payment on order {row.OrderNumber ?? row.OrderId?.ToString(System.Globalization.CultureInfo.InvariantCulture)} "
                + $"that never arrived, so this {row.Type} was not applied and never will be. Settle it by hand if the provider did move money.";
            // Only while still deferred: a payment that arrived meanwhile has applied it, and that stands.
            var changed = await db.InboundWebhookEvents.Where(e => e.Id == row.Id && e.Status == InboundWebhookStatus.Deferred)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, InboundWebhookStatus.Expired)
                    .SetProperty(e => e.Outcome, outcome).SetProperty(e => e.ProcessedAt, now), cancellationToken);
            if (changed == 1)
            {
                expired++;
                logger.LogWarning("Deferred inbound webhook {Source} {EventId} ({Type}) for order {OrderNumber} expired after {TimeoutHours} hours: the payment it waited for never arrived",
                    row.Source, row.EventId, row.Type, row.OrderNumber, timeout.TotalHours);
            }
        }

        return expired;
    }

    private static string Describe(TimeSpan timeout) =>
        timeout.TotalHours >= 1 && timeout.TotalHours == Math.Floor(timeout.TotalHours)
            ? $"{timeout.TotalHours:0} hours"
            : $"{timeout.TotalMinutes:0.#} minutes";
}
