using Commerce.Domain.Webhooks;
using Commerce.Infrastructure.Outbox;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>
/// Reads committed outbox events after its own cursor ("webhooks") and creates one PENDING delivery, due at once,
/// per enabled endpoint that wants each event. The deliveries and the cursor move in one transaction; a racing
/// instance loses on the cursor update (or the unique (endpoint, event) index) and rolls back.
/// </summary>
public sealed class WebhookFanOut(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IOptions<OutboundWebhookOptions> options)
{
    public const string CursorName = "webhooks";

    /// <summary>Handles one batch; returns how many events it read (0 when caught up).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.WebhookEndpoints.AnyAsync(cancellationToken))
        {
            return 0;   // a shop without endpoints never writes here; a later endpoint starts after its creation anyway
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cursor = await db.OutboxCursors.FindAsync([CursorName], cancellationToken);
        var position = cursor?.Position ?? 0;
        var events = await db.OutboxMessages.AsNoTracking().Where(m => m.Id > position)
            .OrderBy(m => m.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            return 0;
        }

        // Endpoints are read after the events: one created meanwhile starts after an event id at least as high as
        // any event in this batch, so it has missed nothing here.
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.DisabledAt == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var message in events)
        {
            var wanted = endpoints.Where(e => message.Id > e.StartsAfterEventId && e.Wants(message.Type)).ToList();
            var payload = wanted.Count > 0 ? WebhookPayload.For(message) : "";
            db.WebhookDeliveries.AddRange(wanted.Select(e => new WebhookDelivery
            {
                EndpointId = e.Id,
                OutboxMessageId = message.Id,
                EventType = message.Type,
                Payload = payload,
                Status = WebhookDeliveryStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            }));
        }

        var last = events[^1].Id;
        if (cursor is null)
        {
            db.OutboxCursors.Add(new OutboxCursor { Name = CursorName, Position = last });
        }
        else if (await db.OutboxCursors.Where(c => c.Name == CursorName && c.Position == position)
                     .ExecuteUpdateAsync(s => s.SetProperty(c => c.Position, last), cancellationToken) == 0)
        {
            return 0;   // another instance moved the cursor first; the transaction rolls back
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return events.Count;
    }
}
