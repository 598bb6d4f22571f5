using System.Text.Json;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Idempotency;

/// <summary>
/// Runs a mutation's unit of work in one write transaction and, when the caller sent a key, makes it happen
/// exactly once: the key is claimed (inserted) first inside the transaction, the work runs, its result is stored
/// on the claim, and everything commits together. A concurrent duplicate blocks on the claim (SQLite: the write
/// lock; SQL Server: the unique index's key lock), then fails on the unique index, rolls back, and replays the
/// winner's stored result. A replay moves nothing. See docs/orders-and-payments.md.
/// </summary>
public static class IdempotentExecution
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="contexts">Where the unit of work's own context comes from.</param>
    /// <param name="key">The mutation, caller, key (null: no idempotency, still one transaction) and input hash.</param>
    /// <param name="work">The unit of work. Return <c>Commit: false</c> to roll everything back (a refusal that
    /// changed nothing; it is not stored, so a retry re-evaluates it).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static async Task<IdempotentOutcome<TResult>> RunAsync<TResult>(
        IDbContextFactory<CommerceDbContext> contexts,
        IdempotencyKey key,
        Func<CommerceDbContext, CancellationToken, Task<(TResult Result, bool Commit)>> work,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (key.Key is not null && await FindAsync(db, key, cancellationToken) is { } stored)
        {
            return Replay<TResult>(stored, key);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IdempotencyRecord? claim = null;
        if (key.Key is not null)
        {
            claim = new IdempotencyRecord
            {
                Scope = key.Scope, CallerSubject = key.CallerSubject, Key = key.Key,
                RequestHash = key.RequestHash, CreatedAt = DateTime.UtcNow,
            };
            db.IdempotencyRecords.Add(claim);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return await FindAsync(db, key, cancellationToken) is { } winner ? Replay<TResult>(winner, key) : throw new InvalidOperationException("The idempotency key could not be claimed.");
            }
        }

        var (result, commit) = await work(db, cancellationToken);
        if (!commit)
        {
            await transaction.RollbackAsync(cancellationToken);
            return IdempotentOutcome<TResult>.Fresh(result);
        }

        if (claim is not null)
        {
            claim.ResponseJson = JsonSerializer.Serialize(result, Json);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return IdempotentOutcome<TResult>.Fresh(result);
    }

    private static Task<IdempotencyRecord?> FindAsync(CommerceDbContext db, IdempotencyKey key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(
            r => r.Scope == key.Scope && r.CallerSubject == key.CallerSubject && r.Key == key.Key, cancellationToken);

    private static IdempotentOutcome<TResult> Replay<TResult>(IdempotencyRecord stored, IdempotencyKey key) =>
        stored.RequestHash != key.RequestHash || stored.ResponseJson is null
            ? IdempotentOutcome<TResult>.KeyReused()
            : IdempotentOutcome<TResult>.Replayed(JsonSerializer.Deserialize<TResult>(stored.ResponseJson, Json)!);
}
