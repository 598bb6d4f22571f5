using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

public sealed class UpdateProductVariantTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Update = """
        mutation ($input: UpdateProductVariantInput!) {
          updateProductVariant(input: $input) { productVariant { sku price { amount } compareAtPrice { amount } } userErrors { code field message } }
        }
        """;

    [Fact]
    public async Task UpdateProductVariant_ChangesPriceAndKeepsOtherFields_WhenOnlyPricesAreGiven()
    {
        var product = await shop.AddProductAsync("A");
        var variant = product.Variants[0];

        var payload = await shop.Client.MutateAsync("updateProductVariant", Update, new
        {
            variantId = GlobalId.Encode("ProductVariant", variant.Id),
            price = new { amount = "8.5", currencyCode = "USD" }, compareAtPrice = new { amount = "10", currencyCode = "USD" },
        });

        Assert.Empty(payload.UserErrors());
        Assert.Equal("8.50", payload["productVariant"]!["price"]!["amount"]!.GetValue<string>());
        await using var db = shop.CreateDbContext();
        var stored = await db.ProductVariants.SingleAsync(v => v.Id == variant.Id);
        Assert.Equal((variant.Sku, variant.Name, 850L, (long?)1000), (stored.Sku, stored.Name, stored.PriceMinorUnits, stored.CompareAtPriceMinorUnits));
        Assert.True(stored.UpdatedAt > variant.UpdatedAt);
        Assert.Equal(["product.updated"], await shop.EventTypesAsync("Product", product.Id));
    }

    [Fact]
    public async Task UpdateProductVariant_ClearsCompareAtAndWeight_WhenGivenNull()
    {
        var product = await shop.AddProductAsync("A");
        var id = GlobalId.Encode("ProductVariant", product.Variants[0].Id);
        await shop.Client.MutateAsync("updateProductVariant", Update, new { variantId = id, compareAtPrice = new { amount = "20", currencyCode = "USD" }, weightGrams = 250 });

        var payload = await shop.Client.MutateAsync("updateProductVariant", Update, new { variantId = id, compareAtPrice = (object?)null, weightGrams = (int?)null });

        Assert.Empty(payload.UserErrors());
        await using var db = shop.CreateDbContext();
        var stored = await db.ProductVariants.SingleAsync(v => v.Id == product.Variants[0].Id);
        Assert.Equal((null, null), (stored.CompareAtPriceMinorUnits, stored.WeightGrams));
    }

    [Fact]
    public async Task UpdateProductVariant_ReturnsUserErrorsAndChangesNothing_WhenValuesAreInvalid()
    {
        var product = await shop.AddProductAsync("A", "B");
        var variant = product.Variants[0];

        var payload = await shop.Client.MutateAsync("updateProductVariant", Update, new
        {
            variantId = GlobalId.Encode("ProductVariant", variant.Id), sku = product.Variants[1].Sku,
            price = new { amount = "5", currencyCode = "GBP" }, weightGrams = -1, attributes = new[] { new { name = " ", value = "M" } },
        });
        var belowPrice = await shop.Client.MutateAsync("updateProductVariant", Update,
            new { variantId = GlobalId.Encode("ProductVariant", variant.Id), compareAtPrice = new { amount = "9.99", currencyCode = "USD" } });

        Assert.Equal(
            ["ALREADY_EXISTS at input.sku", "INVALID_VALUE at input.price.currencyCode", "INVALID_VALUE at input.weightGrams", "INVALID_VALUE at input.attributes.0.name"],
            payload.UserErrors());
        Assert.Equal(["INVALID_VALUE at input.compareAtPrice"], belowPrice.UserErrors());
        await using var db = shop.CreateDbContext();
        var stored = await db.ProductVariants.SingleAsync(v => v.Id == variant.Id);
        Assert.Equal((variant.Sku, variant.PriceMinorUnits, null, variant.UpdatedAt), (stored.Sku, stored.PriceMinorUnits, stored.CompareAtPriceMinorUnits, stored.UpdatedAt));
    }
}
