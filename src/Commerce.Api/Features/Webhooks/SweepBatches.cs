using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Webhooks;

/// <summary>
/// Runs a sweep step over at most one batch of rows (one short write of its own) until a batch comes back short. Between batches
/// it pauses, so a writer that queued behind one (SQLite lets one writer at a time; its busy handler backs off for up
/// to 100 ms) gets the lock before the next batch takes it again.
/// </summary>
public static class SweepBatches
{
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>Calls <paramref name="batch"/> until it handles fewer than <paramref name="batchSize"/> rows; returns the total.</summary>
    public static async Task<int> UntilDoneAsync(
        Func<int, CancellationToken, Task<int>> batch, int batchSize, TimeProvider clock, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var handled = await batch(batchSize, cancellationToken);
            total += handled;
            if (handled < batchSize)
            {
                return total;
            }

            await Task.Delay(Pause, clock, cancellationToken);
        }
    }

    /// <summary>
    /// Deletes the first <paramref name="batchSize"/> rows of <paramref name="expired"/> (by id) in one statement; returns
    /// how many. The delete checks <paramref name="expired"/>'s condition again, so a row that changed since it was read
    /// (a delivery redelivered meanwhile) stays.
    /// </summary>
    public static async Task<int> DeleteBatchAsync<T>(IQueryable<T> expired, Expression<Func<T, int>> id, int batchSize, CancellationToken cancellationToken)
    {
        var ids = await expired.OrderBy(id).Select(id).Take(batchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var listed = Expression.Lambda<Func<T, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Expression.Constant(ids), id.Body), id.Parameters);
        return await expired.Where(listed).ExecuteDeleteAsync(cancellationToken);
    }
}
