using Commerce.Domain.Catalog;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Picks a product a shopper could buy at a given moment: created by then, not a draft, not yet archived.
/// Popularity follows a long tail, so a few products sell far more than most.
/// </summary>
internal sealed class ProductSampler
{
    private readonly IReadOnlyList<Product> products;
    private readonly long[] createdTicks;
    private readonly double[] cumulativeWeight;

    public ProductSampler(IReadOnlyList<Product> products)
    {
        this.products = products;
        createdTicks = [.. products.Select(p => p.CreatedAt.Ticks)];
        cumulativeWeight = new double[products.Count];
        var total = 0d;
        for (var i = 0; i < products.Count; i++)
        {
            // A fixed, id-derived weight keeps the catalogue independent of the order generator's random stream.
            var u = ((products[i].Id * 2654435761L) % 1000 + 1) / 1001d;
            total += products[i].Status == ProductStatus.Draft ? 0 : Math.Pow(u, -0.8);
            cumulativeWeight[i] = total;
        }
    }

    public Product? Sample(Random random, DateTime at)
    {
        var existing = Bounds.CountAtOrBefore(createdTicks, at.Ticks);
        if (existing == 0 || cumulativeWeight[existing - 1] == 0)
        {
            return null;
        }

        for (var attempt = 0; attempt < 8; attempt++)
        {
            var target = random.NextDouble() * cumulativeWeight[existing - 1];
            var index = Array.BinarySearch(cumulativeWeight, 0, existing, target);
            var product = products[index >= 0 ? index : ~index];
            if (product.Status == ProductStatus.Active || (product.Status == ProductStatus.Archived && product.UpdatedAt > at))
            {
                return product;
            }
        }

        return null;
    }
}
