using Commerce.Domain.Catalog;

namespace Commerce.Infrastructure.Seeding;

/// <summary>1–4 variants of a product along its category's axis, priced from one base price.</summary>
internal static class VariantGenerator
{
    private static readonly IReadOnlyList<int> CountWeights = [25, 30, 25, 20];

    public static List<ProductVariant> Create(Random random, Product product, CategoryBlueprint blueprint, string skuStem, ref int nextId)
    {
        var options = Options(random, blueprint, random.Weighted(CountWeights) + 1);
        var basePrice = (random.Between(blueprint.MinPriceCents, blueprint.MaxPriceCents) / 100 * 100) + 99;
        long? compareAt = random.Chance(0.15) ? (basePrice * random.Between(120, 140) / 100 / 100 * 100) + 99 : null;
        var variants = new List<ProductVariant>(options.Count);
        for (var i = 0; i < options.Count; i++)
        {
            var attributes = options[i];
            // Bigger sizes and capacities cost a little more; colours do not.
            var step = blueprint.Axis == VariantAxis.Colour ? 0 : i * (basePrice / 10 / 100 * 100);
            variants.Add(new ProductVariant
            {
                Id = nextId++,
                ProductId = product.Id,
                Sku = $"{skuStem}-{string.Join('-', attributes.Select(a => ProductWords.SkuCode(a.Value)))}",
                Name = string.Join(" / ", attributes.Select(a => a.Value)),
                PriceMinorUnits = basePrice + step,
                CompareAtPriceMinorUnits = compareAt + step,
                Currency = "USD",
                WeightGrams = blueprint.WeightGrams + (i * blueprint.WeightGrams / 8),
                Attributes = attributes,
                CreatedAt = product.CreatedAt,
                UpdatedAt = product.UpdatedAt,
            });
        }

        return variants;
    }

    private static List<List<VariantAttribute>> Options(Random random, CategoryBlueprint blueprint, int count)
    {
        var colours = Shuffled(random, CategoryBlueprints.Colours);
        switch (blueprint.Axis)
        {
            case VariantAxis.Colour:
                return [.. colours.Take(count).Select(c => One("Colour", c))];
            case VariantAxis.Capacity:
                var capacities = blueprint.Capacities ?? ["Standard"];
                return [.. capacities.Take(Math.Min(count, capacities.Count)).Select(c => One("Capacity", c))];
            case VariantAxis.Size:
                return [.. Sizes(random, count).Select(s => One("Size", s))];
            default:
                var colourCount = count == 4 ? 2 : 1;
                var sizes = Sizes(random, count / colourCount);
                return [.. colours.Take(colourCount).SelectMany(c => sizes.Select(s => new List<VariantAttribute>
                {
                    new() { Name = "Size", Value = s },
                    new() { Name = "Colour", Value = c },
                }))];
        }
    }

    /// <summary>A run of neighbouring sizes, e.g. S, M, L.</summary>
    private static IEnumerable<string> Sizes(Random random, int count)
    {
        var start = random.Between(0, CategoryBlueprints.Sizes.Count - count);
        return CategoryBlueprints.Sizes.Skip(start).Take(count);
    }

    private static List<VariantAttribute> One(string name, string value) => [new() { Name = name, Value = value }];

    private static List<string> Shuffled(Random random, IReadOnlyList<string> values)
    {
        var copy = values.ToArray();
        random.Shuffle(copy);
        return [.. copy];
    }
}
