using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// Re-applies a provider's deferred events for an order (a refund or dispute that arrived before its payment) once a
/// payment was recorded, oldest first, in the same transaction. Each keeps its row; its status and outcome change.
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
