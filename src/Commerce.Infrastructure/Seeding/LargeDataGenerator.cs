using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Writes a big shop for benchmarks (e.g. 10,000 products and 200,000 orders) through the same generator as the
/// demo set, streaming orders in chunks so memory stays bounded. Expects an empty, migrated database.
/// </summary>
public static class LargeDataGenerator
{
    public const int DefaultChunkSize = 2_000;

    public static async Task<SeedSummary> GenerateAsync(
        IDbContextFactory<CommerceDbContext> factory,
        ShopDataOptions options,
        IProgress<SeedProgress>? progress = null,
        CancellationToken cancellationToken = default,
        int chunkSize = DefaultChunkSize)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var meter = new SeedProgressMeter(options.Orders, progress);
        await new ShopWriter(factory, chunkSize, meter).WriteAsync(new ShopGenerator(options), cancellationToken);
        return meter.Summary();
    }
}
