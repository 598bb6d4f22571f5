using System.Text.Json;
using Commerce.Domain.Common;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Infrastructure.Outbox;

/// <summary>
/// Moves domain events into the outbox inside the unit of work's transaction (docs/decisions/0006). Aggregates
/// raise events (<see cref="IHasDomainEvents"/>); code that changes rows without tracking them (conditional
/// UPDATEs on stock) records its events directly with <see cref="RecordEvent"/>.
/// </summary>
public static class OutboxWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds an event for an aggregate whose id is known; it is saved with the next SaveChanges.</summary>
    public static void RecordEvent(this CommerceDbContext db, DomainEvent domainEvent, int aggregateId) =>
        db.OutboxMessages.Add(new OutboxMessage
        {
            Type = domainEvent.Type,
            AggregateType = domainEvent.AggregateType,
            AggregateId = aggregateId,
            Payload = JsonSerializer.Serialize(domainEvent.Data, Json),
            OccurredAt = DateTime.UtcNow,
        });

    /// <summary>
    /// Saves, then writes the tracked aggregates' pending events (their ids are assigned by then) and saves again,
    /// all in one transaction: the caller's, or one opened here.
    /// </summary>
    internal static async Task<int> SaveWithEventsAsync(
        CommerceDbContext db, Func<CancellationToken, Task<int>> save, CancellationToken cancellationToken)
    {
        var sources = db.ChangeTracker.Entries<IHasDomainEvents>()
            .Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
        if (sources.Count == 0)
        {
            return await save(cancellationToken);
        }

        await using var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        var saved = await save(cancellationToken);
        foreach (var source in sources)
        {
            foreach (var domainEvent in source.DomainEvents)
            {
                db.RecordEvent(domainEvent, source.Id);
            }

            source.ClearDomainEvents();
        }

        saved += await save(cancellationToken);
        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(cancellationToken);
        }

        return saved;
    }
}
