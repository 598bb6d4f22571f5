using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

public sealed class CreateProductTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Create = """
        mutation ($input: CreateProductInput!) {
          createProduct(input: $input) {
            product { id slug status vendor { id } category { id } variants { sku name price { amount currencyCode } compareAtPrice { amount } attributes { name value } } }
            userErrors { code field message }
          }
        }
        """;

    [Fact]
    public async Task CreateProduct_StoresDraftProductWithVariants_WhenInputIsValid()
    {
        var (vendorId, categoryId) = await VendorAndCategoryAsync();

        var payload = await shop.Client.MutateAsync("createProduct", Create, new
        {
            vendorId = GlobalId.Encode("Vendor", vendorId), categoryId = GlobalId.Encode("Category", categoryId),
            name = "Linen Apron Deluxe", description = "Stonewashed linen.", imageUrls = new[] { "https://img.example/apron.jpg" },
            variants = new object[]
            {
                new { sku = "APRON-NAT", price = new { amount = "24.50", currencyCode = "USD" }, compareAtPrice = new { amount = "30", currencyCode = "USD" },
                      attributes = new[] { new { name = "Colour", value = "Natural" } } },
                new { sku = "APRON-BLK", name = "Black", price = new { amount = "24.50", currencyCode = "USD" }, weightGrams = 300 },
            },
        });

        Assert.Empty(payload.UserErrors());
        Assert.Equal("linen-apron-deluxe", payload["product"]!["slug"]!.GetValue<string>());
        Assert.Equal("DRAFT", payload["product"]!["status"]!.GetValue<string>());
        await using var db = shop.CreateDbContext();
        var stored = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Slug == "linen-apron-deluxe");
        Assert.Equal((vendorId, categoryId, ProductStatus.Draft), (stored.VendorId, stored.CategoryId, stored.Status));
        Assert.Equal(["https://img.example/apron.jpg"], stored.ImageUrls);
        var natural = stored.Variants.Single(v => v.Sku == "APRON-NAT");
        Assert.Equal((2450L, 3000L, "USD", "Natural"), (natural.PriceMinorUnits, natural.CompareAtPriceMinorUnits!.Value, natural.Currency, natural.Name));
        Assert.Equal(300, stored.Variants.Single(v => v.Sku == "APRON-BLK").WeightGrams);
        Assert.Equal(["product.created"], await shop.EventTypesAsync("Product", stored.Id));
    }

    [Fact]
    public async Task CreateProduct_ReturnsUserErrorsAndStoresNothing_WhenReferencesOrFieldsAreInvalid()
    {
        await using var db = shop.CreateDbContext();
        var takenSlug = await db.Products.OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync();
        var before = (await db.Products.CountAsync(), await db.ProductVariants.CountAsync(), await shop.EventCountAsync());

        var payload = await shop.Client.MutateAsync("createProduct", Create, new
        {
            vendorId = GlobalId.Encode("Vendor", int.MaxValue), categoryId = GlobalId.Encode("Product", 1), name = "Anything", slug = takenSlug,
            imageUrls = new[] { "ftp://img.example/a.jpg", "not a url" }, status = "ARCHIVED",
        });

        Assert.Equal(
            ["NOT_FOUND at input.vendorId", "INVALID_ID at input.categoryId", "ALREADY_EXISTS at input.slug", "INVALID_VALUE at input.status",
             "INVALID_VALUE at input.imageUrls.0", "INVALID_VALUE at input.imageUrls.1"],
            payload.UserErrors());
        Assert.Null(payload["product"]);
        Assert.Equal(before, (await db.Products.CountAsync(), await db.ProductVariants.CountAsync(), await shop.EventCountAsync()));
    }

    [Fact]
    public async Task CreateProduct_ReturnsUserErrorPerBadVariantValue_WhenVariantsAreInvalid()
    {
        var (vendorId, _) = await VendorAndCategoryAsync();
        await using var db = shop.CreateDbContext();
        var takenSku = await db.ProductVariants.OrderBy(v => v.Id).Select(v => v.Sku).FirstAsync();
        var before = await db.Products.CountAsync();

        var payload = await shop.Client.MutateAsync("createProduct", Create, new
        {
            vendorId = GlobalId.Encode("Vendor", vendorId), name = "Bad Variants",
            variants = new object[]
            {
                new { sku = takenSku, price = new { amount = "10.001", currencyCode = "USD" } },
                new { sku = "DUP-1", price = new { amount = "-1", currencyCode = "USD" } },
                new { sku = "DUP-1", price = new { amount = "5", currencyCode = "EUR" } },
                new { sku = "CMP-1", price = new { amount = "10", currencyCode = "USD" }, compareAtPrice = new { amount = "9.99", currencyCode = "USD" }, weightGrams = -5,
                      attributes = new[] { new { name = "Size", value = "M" }, new { name = "size", value = "L" } } },
            },
        });

        Assert.Equal(
            ["INVALID_VALUE at input.variants.0.price.amount", "INVALID_VALUE at input.variants.1.price.amount",
             "INVALID_VALUE at input.variants.2.price.currencyCode", "INVALID_VALUE at input.variants.3.compareAtPrice",
             "INVALID_VALUE at input.variants.3.weightGrams", "INVALID_VALUE at input.variants.3.attributes.1.name",
             "ALREADY_EXISTS at input.variants.0.sku", "ALREADY_EXISTS at input.variants.2.sku"],
            payload.UserErrors());
        Assert.Contains(takenSku, payload["userErrors"]![6]!["message"]!.GetValue<string>());
        Assert.Equal(before, await db.Products.CountAsync());
    }

    private async Task<(int VendorId, int CategoryId)> VendorAndCategoryAsync()
    {
        await using var db = shop.CreateDbContext();
        return (await db.Vendors.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync(), await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
    }
}
