using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// Deletes inbound event rows received more than <see cref="InboundWebhookOptions.RetentionDays"/> ago, in batches.
/// A row is the event id's idempotency claim: once it is gone, a redelivery of that id is applied as new. That is why
/// the retention may not be shorter than the senders' retry window (docs/webhooks.md, "Retention"). Deferred rows are
/// kept: they are still waiting, and leave that state by being applied or by expiring.
/// </summary>
public sealed class InboundEventRetention(
    IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IOptions<InboundWebhookOptions> options, IOptions<WebhookRetentionOptions> retention)
    : RetentionSweep(contexts, clock, retention)
{
    protected override int RetentionDays => options.Value.RetentionDays;

    protected override Task<int> DeleteBatchAsync(CommerceDbContext db, DateTime cutoff, int batchSize, CancellationToken cancellationToken) =>
        SweepBatches.DeleteBatchAsync(
            db.InboundWebhookEvents.Where(e => e.Status != InboundWebhookStatus.Deferred && e.ReceivedAt < cutoff), e => e.Id, batchSize, cancellationToken);
}
