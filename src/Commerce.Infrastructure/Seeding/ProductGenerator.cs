using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Vendors;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Products in creation order (ids ascend with <see cref="Product.CreatedAt"/>, which lets the order generator
/// find "products that existed at time t" by binary search). Most are active; a vendor still pending review
/// only has drafts; a suspended vendor's products were archived when it was suspended.
/// </summary>
internal static class ProductGenerator
{
    private const int CatalogueDays = 500;

    public static List<Product> Create(
        Random random, int count, DateTime anchor, IReadOnlyList<Vendor> vendors,
        IReadOnlyList<(Domain.Catalog.Category Category, CategoryBlueprint Blueprint)> categories)
    {
        var leaves = categories.Where(c => c.Blueprint.IsLeaf).ToList();
        var topCodes = categories.ToDictionary(c => c.Category.Id, c => c.Blueprint.Code);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var products = new List<Product>(count);
        var nextVariantId = 1;
        for (var i = 0; i < count; i++)
        {
            // Squared spacing: about half the catalogue exists before the year of orders starts, the rest arrives during it.
            var position = (i + random.NextDouble()) / count;
            var createdAt = anchor.AddDays(-CatalogueDays + (position * position * (CatalogueDays - 5)));
            var (category, blueprint) = leaves[(i + random.Between(0, 2)) % leaves.Count];
            var vendor = PickVendor(random, vendors, createdAt, i < 10);
            var material = random.Pick(blueprint.Materials);
            var name = $"{random.Pick(ProductWords.Adjectives)} {material} {random.Pick(blueprint.Nouns)}";
            var slug = UniqueSlug(slugs, Slugs.From(name));
            var status = StatusFor(random, vendor, i < 10);
            var updatedAt = status == ProductStatus.Archived
                ? ArchivedAt(random, vendor, createdAt, anchor)
                : createdAt.AddHours(random.Between(1, 72));
            var product = new Product
            {
                Id = i + 1,
                VendorId = vendor.Id,
                CategoryId = category.Id,
                Name = name,
                Slug = slug,
                Description = ProductWords.Describe(random, name, material, blueprint.Name),
                Status = status,
                ImageUrls = [.. Enumerable.Range(1, random.Between(1, 3)).Select(n => $"https://images.example.com/products/{slug}-{n}.jpg")],
                CreatedAt = createdAt,
                UpdatedAt = updatedAt,
            };
            var skuStem = $"{topCodes[category.ParentId ?? category.Id]}-{blueprint.Code}-{product.Id:D6}";
            product.Variants = VariantGenerator.Create(random, product, blueprint, skuStem, ref nextVariantId);
            products.Add(product);
        }

        return products;
    }

    /// <summary>Vendors that existed (and were not yet suspended) when the product was created.</summary>
    private static Vendor PickVendor(Random random, IReadOnlyList<Vendor> vendors, DateTime createdAt, bool approvedOnly)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var vendor = vendors[random.Next(vendors.Count)];
            var suspendedBefore = vendor.Status == VendorStatus.Suspended && vendor.UpdatedAt <= createdAt;
            if (vendor.CreatedAt <= createdAt && !suspendedBefore && (!approvedOnly || vendor.Status == VendorStatus.Approved))
            {
                return vendor;
            }
        }

        return vendors.FirstOrDefault(v => v.Status == VendorStatus.Approved) ?? vendors[0];
    }

    private static ProductStatus StatusFor(Random random, Vendor vendor, bool mustBeActive) => vendor.Status switch
    {
        _ when mustBeActive => ProductStatus.Active,
        VendorStatus.Pending or VendorStatus.Rejected => ProductStatus.Draft,
        VendorStatus.Suspended => ProductStatus.Archived,
        _ => random.Weighted([88, 5, 7]) switch { 0 => ProductStatus.Active, 1 => ProductStatus.Draft, _ => ProductStatus.Archived },
    };

    private static DateTime ArchivedAt(Random random, Vendor vendor, DateTime createdAt, DateTime anchor)
    {
        if (vendor.Status == VendorStatus.Suspended)
        {
            return vendor.UpdatedAt;
        }

        var earliest = createdAt.AddDays(30);
        return earliest >= anchor ? anchor.AddHours(-1) : earliest.AddDays(random.NextDouble() * (anchor - earliest).TotalDays);
    }

    private static string UniqueSlug(HashSet<string> slugs, string slug)
    {
        var candidate = slug;
        for (var n = 2; !slugs.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
