using Commerce.Domain.Common;
using Commerce.Infrastructure.Outbox;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Api.Features.Common.Mutations;

public static class EventedSave
{
    /// <summary>
    /// Saves the unit of work and writes one outbox event about <paramref name="aggregate"/> in the same transaction:
    /// the event is raised after the first save so a new aggregate's id is known, and a failure rolls back both.
    /// </summary>
    public static async Task SaveWithEventAsync(this CommerceDbContext db, IEntity aggregate, Func<DomainEvent> raise, CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        db.RecordEvent(raise(), aggregate.Id);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
