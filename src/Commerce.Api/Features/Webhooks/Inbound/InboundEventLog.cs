using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// Applies an inbound event at most once per (source, event id). The event's row is claimed first inside the write
/// transaction, the change is applied, and both commit together, so a redelivery (even a concurrent one, which
/// collides on the unique index) is a duplicate that changes nothing. A failed event rolls its change back and is
/// stored on its own as failed; a redelivery of a failed event is processed again.
/// </summary>
public sealed class InboundEventLog(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock)
{
    public async Task<InboundResult> ProcessAsync(
        InboundEvent inbound, Func<CommerceDbContext, CancellationToken, Task<InboundOutcome>> apply, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        InboundOutcome outcome;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var row = await FindAsync(db, inbound, ct);
            if (row is { Status: not InboundWebhookStatus.Failed })
            {
                return Duplicate(row);
            }

            if (!await ClaimAsync(db, inbound, row, now, ct))
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return await FindAsync(db, inbound, ct) is { } winner ? Duplicate(winner) : throw new InvalidOperationException("The event could not be claimed.");
            }

            outcome = await apply(db, ct);
            if (outcome.Status != InboundWebhookStatus.Failed)
            {
                row = await FindAsync(db, inbound, ct);
                Record(row!, outcome, now);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return new InboundResult(inbound.EventId, outcome, Duplicate: false);
            }

            await transaction.RollbackAsync(ct);
        }

        db.ChangeTracker.Clear();
        return await RecordFailureAsync(db, inbound, outcome, now, ct);
    }

    /// <summary>Inserts the event's row, or takes a failed one for another attempt; false when another delivery got there first.</summary>
    private static async Task<bool> ClaimAsync(CommerceDbContext db, InboundEvent inbound, InboundWebhookEvent? failed, DateTime now, CancellationToken ct)
    {
        if (failed is not null)
        {
            return await db.InboundWebhookEvents.Where(e => e.Id == failed.Id && e.Attempts == failed.Attempts && e.Status == InboundWebhookStatus.Failed)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Attempts, e => e.Attempts + 1), ct) == 1;
        }

        db.InboundWebhookEvents.Add(NewRow(inbound, now));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    private async Task<InboundResult> RecordFailureAsync(CommerceDbContext db, InboundEvent inbound, InboundOutcome outcome, DateTime now, CancellationToken ct)
    {
        var row = await db.InboundWebhookEvents.FirstOrDefaultAsync(e => e.Source == inbound.Source && e.EventId == inbound.EventId, ct);
        if (row is null)
        {
            row = NewRow(inbound, now);
            db.InboundWebhookEvents.Add(row);
        }
        else
        {
            row.Attempts++;   // the claim's increment was rolled back with the change
        }

        Record(row, outcome, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery of the same event recorded it first: answer with what it stored.
            db.ChangeTracker.Clear();
            return Duplicate((await FindAsync(db, inbound, ct))!);
        }

        return new InboundResult(inbound.EventId, outcome, Duplicate: false);
    }

    private static Task<InboundWebhookEvent?> FindAsync(CommerceDbContext db, InboundEvent inbound, CancellationToken ct) =>
        db.InboundWebhookEvents.FirstOrDefaultAsync(e => e.Source == inbound.Source && e.EventId == inbound.EventId, ct);

    private static InboundWebhookEvent NewRow(InboundEvent inbound, DateTime now) => new()
    {
        Source = inbound.Source, EventId = inbound.EventId, Type = inbound.Type, Payload = inbound.Payload,
        OccurredAt = inbound.OccurredAt, ReceivedAt = now, Status = InboundWebhookStatus.Failed,
    };

    /// <summary>Writes an outcome onto the event's row (also used when a deferred event is re-applied).</summary>
    internal static void Record(InboundWebhookEvent row, InboundOutcome outcome, DateTime now)
    {
        row.Status = outcome.Status;
        row.Outcome = outcome.Message.Length > 2000 ? outcome.Message[..2000] : outcome.Message;
        row.OrderId = outcome.OrderId ?? row.OrderId;
        row.ProcessedAt = now;
    }

    private static InboundResult Duplicate(InboundWebhookEvent row) =>
        new(row.EventId, new InboundOutcome(row.Status, row.Outcome ?? "", row.OrderId), Duplicate: true);
}
