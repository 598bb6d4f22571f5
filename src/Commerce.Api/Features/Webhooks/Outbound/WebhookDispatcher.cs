using Commerce.Domain.Webhooks;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>
/// Attempts the PENDING deliveries that are due (of enabled endpoints) and records each attempt. A delivery is
/// claimed first by moving its due time past the attempt's time-out with a conditional update, so two instances
/// never send it at once and one that dies mid-attempt leaves it due again shortly after.
/// </summary>
public sealed class WebhookDispatcher(
    IDbContextFactory<CommerceDbContext> contexts, WebhookSender sender, TimeProvider clock, IOptions<OutboundWebhookOptions> options)
{
    /// <summary>Attempts one batch of due deliveries; returns how many it attempted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<(int Id, DateTime? DueAt)> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var rows = await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
                .Where(d => db.WebhookEndpoints.Any(e => e.Id == d.EndpointId && e.DisabledAt == null))
                .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
                .Select(d => new { d.Id, d.NextAttemptAt })
                .Take(options.Value.BatchSize).ToListAsync(cancellationToken);
            due = rows.Select(r => (r.Id, r.NextAttemptAt)).ToList();
        }

        var attempted = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrency, CancellationToken = cancellationToken },
            async (row, ct) =>
            {
                if (await AttemptAsync(row.Id, row.DueAt, now, ct))
                {
                    Interlocked.Increment(ref attempted);
                }
            });
        return attempted;
    }

    private async Task<bool> AttemptAsync(int deliveryId, DateTime? dueAt, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lease = now + options.Value.Timeout + TimeSpan.FromMinutes(1);
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == deliveryId && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt == dueAt)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, lease), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == delivery.EndpointId, cancellationToken);
        var attemptedAt = clock.GetUtcNow();
        var attempt = await sender.SendAsync(endpoint, delivery, attemptedAt, cancellationToken);
        if (attempt.Succeeded)
        {
            delivery.Succeeded(attemptedAt.UtcDateTime);
        }
        else
        {
            delivery.FailedAttempt(attemptedAt.UtcDateTime);
        }

        db.WebhookAttempts.Add(attempt);
        await db.SaveChangesAsync(CancellationToken.None);   // the attempt happened: record it even while stopping
        return true;
    }
}
