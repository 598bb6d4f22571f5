using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Events;

/// <summary>
/// Publishes committed, unpublished outbox rows to the <see cref="IEventBus"/> in id order, then marks them
/// published: at least once (a crash between the two publishes the batch again on start; subscribers drop what
/// they already have by cursor). Only committed rows exist, so a rolled-back change publishes nothing. While the
/// bus refuses (Redis down) the rows stay unpublished and the relay retries with a growing pause; the backlog then
/// goes out in order.
/// </summary>
public sealed class OutboxRelay(
    IDbContextFactory<CommerceDbContext> contexts, IEventBus bus, OutboxSignal signal, EventBusOptions options,
    TimeProvider clock, ILogger<OutboxRelay> logger)
{
    /// <summary>Publishes one batch; returns how many rows it published (0 when none were waiting).</summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.PublishedAt == null)
            .OrderBy(m => m.Id).Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        await bus.PublishAsync(rows.ConvertAll(OutboxEvent.From), cancellationToken);

        // By id list, not "id <= last": on SQL Server a lower id may commit later and must not be marked unseen.
        var ids = rows.ConvertAll(m => m.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        // The mark needs no fsync of its own: lost in a power cut, it only makes the batch go out again, which
        // delivery at least once already allows. So a relay batch does not add a second fsync'd commit on SQLite's
        // one write lock (cheap on the development VM, where it measured no difference; milliseconds on real disks).
        await using (await SqliteSynchronous.LowerAsync(db, "NORMAL", cancellationToken))
        {
            await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.PublishedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.PublishedAt, now), cancellationToken);
        }

        return rows.Count;
    }

    /// <summary>Runs until <paramref name="stoppingToken"/> fires: drain, then wait for a local commit or the poll interval.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var pause = options.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await PublishPendingAsync(stoppingToken) == options.BatchSize)
                {
                }

                pause = options.PollInterval;
                await signal.WaitAsync(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Outbox relay could not publish; retrying in {Pause}", pause);
                await Task.Delay(pause, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, options.MaxBackoff.Ticks));
            }
        }
    }
}
