using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Quotes;
using Commerce.Infrastructure.Persistence;
using GraphQL;

namespace Commerce.Api.Features.Quotes;

/// <summary>
/// Runs a step on an existing quote: one transaction (exactly once per idempotency key, when one is given), the
/// <see cref="QuoteGuard"/> checks first, the clock from DI (so expiry is testable), and a roll-back on any user error.
/// </summary>
internal static class QuoteMutation
{
    public static Task<MutationOutcome> RunAsync<TInput>(
        IResolveFieldContext context, string mutation, string quoteId, QuoteAction action, string? key, TInput inputWithoutKey,
        Func<CommerceDbContext, Caller, Quote, DateTime, CancellationToken, Task<MutationOutcome>> step)
    {
        var now = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return IdempotentMutation.RunAsync(context, mutation, key, inputWithoutKey, async (db, caller, ct) =>
        {
            var (quote, refusal) = await QuoteGuard.LoadAsync(db, caller, quoteId, action, now, ct);
            if (quote is null)
            {
                return (refusal!, false);
            }

            var outcome = await step(db, caller, quote, now, ct);
            return (outcome, outcome.Errors.Count == 0);
        });
    }
}
