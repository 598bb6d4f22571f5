using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Fills an empty database with the demo shop (<see cref="ShopDataOptions.Demo"/>: about 300 products, 800
/// customers, 3,000 orders and 40 quotes over the last year, plus
/// the <see cref="PricingTables"/>). A database that already has products is left alone,
/// so the host can call this at every start.
/// </summary>
public static class DemoDataSeeder
{
    public static async Task<SeedSummary> SeedIfEmptyAsync(
        IDbContextFactory<CommerceDbContext> factory,
        ShopDataOptions? options = null,
        IProgress<SeedProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Products.AnyAsync(cancellationToken))
            {
                return SeedSummary.Skipped;
            }
        }

        options ??= ShopDataOptions.Demo();
        var meter = new SeedProgressMeter(options.Orders, progress);
        await new ShopWriter(factory, chunkSize: 1_000, meter).WriteAsync(new ShopGenerator(options), cancellationToken);
        await PricingTables.SeedAsync(factory, cancellationToken);

        return meter.Summary();
    }
}
