using Commerce.Domain.Webhooks;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>
/// Deletes delivered and failed deliveries whose last attempt is older than
/// <see cref="OutboundWebhookOptions.RetentionDays"/>, with their attempts (the foreign key cascades), in batches.
/// Pending deliveries are kept whatever their age: they are work still owed, also while their endpoint is disabled.
/// </summary>
public sealed class WebhookDeliveryRetention(
    IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IOptions<OutboundWebhookOptions> options, IOptions<WebhookRetentionOptions> retention)
    : RetentionSweep(contexts, clock, retention)
{
    protected override int RetentionDays => options.Value.RetentionDays;

    protected override Task<int> DeleteBatchAsync(CommerceDbContext db, DateTime cutoff, int batchSize, CancellationToken cancellationToken) =>
        SweepBatches.DeleteBatchAsync(
            db.WebhookDeliveries.Where(d => (d.Status == WebhookDeliveryStatus.Delivered || d.Status == WebhookDeliveryStatus.Failed) && d.LastAttemptAt < cutoff),
            d => d.Id, batchSize, cancellationToken);
}
