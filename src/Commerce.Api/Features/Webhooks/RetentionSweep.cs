using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Webhooks;

/// <summary>
/// Deletes a table's rows older than a number of days, in batches of <see cref="WebhookRetentionOptions.BatchSize"/>,
/// each its own short statement. A subclass says how many days, and which rows are old enough to go.
/// </summary>
public abstract class RetentionSweep(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IOptions<WebhookRetentionOptions> retention)
{
    /// <summary>Days rows are kept; 0 keeps them forever.</summary>
    protected abstract int RetentionDays { get; }

    /// <summary>Deletes at most <paramref name="batchSize"/> rows that are past <paramref name="cutoff"/>; returns how many.</summary>
    protected abstract Task<int> DeleteBatchAsync(CommerceDbContext db, DateTime cutoff, int batchSize, CancellationToken cancellationToken);

    /// <summary>Deletes everything past the retention, batch by batch; returns the rows deleted.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken = default) =>
        RetentionDays <= 0 ? Task.FromResult(0) : SweepBatches.UntilDoneAsync(DeleteBatchAsync, retention.Value.BatchSize, clock, cancellationToken);

    /// <summary>Deletes one batch of at most <paramref name="batchSize"/> rows past the retention; returns how many.</summary>
    public async Task<int> DeleteBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(RetentionDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DeleteBatchAsync(db, cutoff, batchSize, cancellationToken);
    }
}
