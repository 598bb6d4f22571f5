using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// Re-applies a provider's deferred events for an order (a refund or dispute that arrived before its payment) once a
/// payment was recorded, oldest first, in the same transaction. Each keeps its row; its status and outcome change.
/// Expired events are not among them: they are never applied.
/// </summary>
public static class DeferredPaymentEvents
{
    public static async Task ReplayAsync(CommerceDbContext db, string source, string provider, int orderId, DateTime now, CancellationToken ct)
    {
        var deferred = await db.InboundWebhookEvents
            .Where(e => e.Source == source && e.OrderId == orderId && e.Status == InboundWebhookStatus.Deferred)
            .ToListAsync(ct);
        foreach (var row in deferred.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id))
        {
            // Locks the row while it is still deferred: an expiry racing this payment either expired it first (then it
            // is skipped) or waits for this transaction and then finds it no longer deferred. SQLite's write lock
            // already serialises the two; SQL Server's reads take no lock, this update does.
            if (await db.InboundWebhookEvents.Where(e => e.Id == row.Id && e.Status == InboundWebhookStatus.Deferred)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.Attempts, e => e.Attempts), ct) == 0)
            {
                continue;
            }

            var (evt, _) = PaymentWebhookEvent.Parse(row.Payload);
            var outcome = await PaymentWebhookHandler.ApplyAsync(db, provider, evt!, now, ct);
            if (outcome.Status != InboundWebhookStatus.Deferred)
            {
                InboundEventLog.Record(row, outcome with { Message = $"Applied late: {outcome.Message}" }, now);
                await db.SaveChangesAsync(ct);
            }
        }
    }
}
