using Commerce.Api.Features.Common;
using Commerce.Domain.Quotes;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Quotes;

/// <summary>
/// Marks open quotes whose offer lapsed as EXPIRED, with a quote.expired event each, on start and then every
/// <c>Quotes:ExpirySweepSeconds</c> (60 by default; 0 turns it off). Until it runs, the workflow already treats such a
/// quote as expired (<see cref="QuoteExpiry.IsExpiredAt"/>), so it can never be accepted late.
/// </summary>
public sealed class QuoteExpirySweep(
    IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IConfiguration configuration, ILogger<QuoteExpirySweep> logger)
    : PeriodicWorker(clock, logger)
{
    /// <summary>Expires what has lapsed now; returns how many quotes it expired.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lapsed = await db.Quotes
            .Where(q => (q.Status == QuoteStatus.Requested || q.Status == QuoteStatus.Offered || q.Status == QuoteStatus.CounterOffered) && q.ValidUntil < now)
            .OrderBy(q => q.Id).Take(500).ToListAsync(ct);
        lapsed.ForEach(q => q.Expire(now));
        await db.SaveChangesAsync(ct);
        return lapsed.Count;
    }

    protected override TimeSpan Interval => TimeSpan.FromSeconds(configuration.GetValue("Quotes:ExpirySweepSeconds", 60));

    // 500 quotes per batch, until none is left.
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await RunOnceAsync(cancellationToken) > 0)
        {
        }
    }
}
