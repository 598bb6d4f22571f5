using Commerce.Domain.Quotes;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Quotes;

/// <summary>
/// Marks open quotes whose offer lapsed as EXPIRED, with a quote.expired event each, every
/// <c>Quotes:ExpirySweepSeconds</c> (60 by default; 0 turns it off). Until it runs, the workflow already treats such a
/// quote as expired (<see cref="QuoteExpiry.IsExpiredAt"/>), so it can never be accepted late.
/// </summary>
public sealed class QuoteExpirySweep(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IConfiguration configuration) : BackgroundService
{
    /// <summary>Expires what has lapsed now; returns how many quotes it expired.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lapsed = await db.Quotes
            .Where(q => (q.Status == QuoteStatus.Requested || q.Status == QuoteStatus.Offered || q.Status == QuoteStatus.CounterOffered) && q.ValidUntil < now)
            .OrderBy(q => q.Id).Take(500).ToListAsync(ct);
        lapsed.ForEach(q => q.Expire(now));
        await db.SaveChangesAsync(ct);
        return lapsed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Quotes:ExpirySweepSeconds", 60);
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            while (await RunOnceAsync(stoppingToken) > 0)
            {
            }
        }
    }
}
