using Commerce.Infrastructure.Outbox;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Events;

/// <summary>Reads stored events for replay and catch-up: what a subscription missed, straight from the outbox table.</summary>
public static class OutboxEventReader
{
    /// <summary>Up to <paramref name="take"/> committed events after <paramref name="after"/> from <paramref name="source"/>, in cursor order.</summary>
    public static async Task<List<OutboxEvent>> ReadAfterAsync(
        this IQueryable<OutboxMessage> source, long after, int take, CancellationToken cancellationToken)
    {
        var rows = await source.AsNoTracking().Where(m => m.Id > after).OrderBy(m => m.Id).Take(take).ToListAsync(cancellationToken);
        return rows.ConvertAll(OutboxEvent.From);
    }

    /// <summary>The newest cursor, or 0 when the outbox is empty: where a subscription without <c>after</c> starts.</summary>
    public static async Task<long> LatestIdAsync(this CommerceDbContext db, CancellationToken cancellationToken) =>
        await db.OutboxMessages.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;

    /// <summary>When the first event after <paramref name="after"/> happened, or null when none did.</summary>
    public static Task<DateTime?> FirstOccurredAfterAsync(this CommerceDbContext db, long after, CancellationToken cancellationToken) =>
        db.OutboxMessages.Where(m => m.Id > after).OrderBy(m => m.Id).Select(m => (DateTime?)m.OccurredAt).FirstOrDefaultAsync(cancellationToken);
}
