using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

/// <summary>Arranges catalogue rows of its own for a mutation test, so tests never touch each other's rows.</summary>
internal static class CatalogRows
{
    public static readonly DateTime Stamp = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A draft product of the first vendor with one USD variant per given SKU (prices 10.00, 11.00, …).</summary>
    public static async Task<Product> AddProductAsync(this ShopFixture shop, params string[] skus)
    {
        await using var db = shop.CreateDbContext();
        var key = Guid.NewGuid().ToString("N")[..12];
        var product = new Product
        {
            VendorId = await db.Vendors.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync(), Name = $"Test {key}", Slug = $"test-{key}",
            Description = "Original.", CreatedAt = Stamp, UpdatedAt = Stamp,
            CategoryId = await db.Categories.OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstAsync(),
            Variants = [.. skus.Select((sku, i) => new ProductVariant
            {
                Sku = $"{sku}-{key}", Name = sku, PriceMinorUnits = 1000 + (i * 100), Currency = "USD", CreatedAt = Stamp, UpdatedAt = Stamp,
            })],
        };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product;
    }

    public static async Task<Category> AddCategoryAsync(this ShopFixture shop, int? parentId = null)
    {
        await using var db = shop.CreateDbContext();
        var key = Guid.NewGuid().ToString("N")[..12];
        var category = new Category { Name = $"Category {key}", Slug = $"category-{key}", ParentId = parentId };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return category;
    }
}
