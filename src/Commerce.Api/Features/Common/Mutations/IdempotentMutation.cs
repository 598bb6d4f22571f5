using Commerce.Api.Auth;
using Commerce.Infrastructure.Idempotency;
using Commerce.Infrastructure.Persistence;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Common.Mutations;

/// <summary>
/// Runs a mutation that moves stock or money through <see cref="IdempotentExecution"/>: one write transaction,
/// and with a key, exactly once per (mutation, caller, key). The caller's subject namespaces the key; the input
/// (minus its key) is hashed so the same key with another input is an IDEMPOTENCY_KEY_REUSED user error.
/// </summary>
public static class IdempotentMutation
{
    /// <summary>The <see cref="Caller.Subject"/> keys are stored under; anonymous callers share one namespace.</summary>
    public static string SubjectOf(Caller caller) => caller.Subject ?? "anonymous";

    /// <param name="context">The resolver context (caller, services, cancellation).</param>
    /// <param name="scope">The mutation name.</param>
    /// <param name="key">The client's idempotency key, or null.</param>
    /// <param name="inputWithoutKey">The input with its key cleared, for the request hash.</param>
    /// <param name="work">The unit of work; return <c>Commit: false</c> to roll back a refusal.</param>
    public static async Task<MutationOutcome> RunAsync<TInput>(
        IResolveFieldContext context,
        string scope,
        string? key,
        TInput inputWithoutKey,
        Func<CommerceDbContext, Caller, CancellationToken, Task<(MutationOutcome Outcome, bool Commit)>> work)
    {
        var caller = Caller.From(context.User);
        var idempotency = new IdempotencyKey(scope, SubjectOf(caller), string.IsNullOrWhiteSpace(key) ? null : key, IdempotencyKey.Hash(inputWithoutKey));
        var contexts = context.RequestServices!.GetRequiredService<IDbContextFactory<CommerceDbContext>>();
        var outcome = await IdempotentExecution.RunAsync<MutationOutcome>(contexts, idempotency, async (db, ct) =>
        {
            try
            {
                return await work(db, caller, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return (MutationOutcome.Refused(new UserError(UserErrorCode.VersionConflict,
                    "Someone else changed the object at the same time; reload it and retry.")), false);
            }
        }, context.CancellationToken);
        return outcome.IsKeyReused
            ? MutationOutcome.Refused(UserError.At(UserErrorCode.IdempotencyKeyReused,
                $"The idempotency key was already used for a different {scope} request.", "idempotencyKey"))
            : outcome.Result!;
    }
}
