using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

public sealed class CreateProductVariantTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Create = """
        mutation ($input: CreateProductVariantInput!) {
          createProductVariant(input: $input) { productVariant { sku name product { id } } userErrors { code field message } }
        }
        """;

    [Fact]
    public async Task CreateProductVariant_AddsVariantNamedAfterItsAttributes_WhenNameIsLeftOut()
    {
        var product = await shop.AddProductAsync("A");
        var sku = $"NEW-{product.Id}";

        var payload = await shop.Client.MutateAsync("createProductVariant", Create, new
        {
            productId = GlobalId.Encode("Product", product.Id), sku, price = new { amount = "12.00", currencyCode = "USD" },
            attributes = new[] { new { name = "Colour", value = "Navy" }, new { name = "Size", value = "M" } },
        });

        Assert.Empty(payload.UserErrors());
        Assert.Equal("Navy / M", payload["productVariant"]!["name"]!.GetValue<string>());
        await using var db = shop.CreateDbContext();
        var stored = await db.ProductVariants.SingleAsync(v => v.Sku == sku);
        Assert.Equal((product.Id, 1200L, 2), (stored.ProductId, stored.PriceMinorUnits, stored.Attributes.Count));
        Assert.True(await db.Products.Where(p => p.Id == product.Id).Select(p => p.UpdatedAt).SingleAsync() > product.UpdatedAt);
    }

    [Fact]
    public async Task CreateProductVariant_ReturnsUserErrorsAndAddsNothing_WhenSkuIsTakenOrCurrencyDiffers()
    {
        var product = await shop.AddProductAsync("A");
        var takenSku = product.Variants[0].Sku;

        var payload = await shop.Client.MutateAsync("createProductVariant", Create,
            new { productId = GlobalId.Encode("Product", product.Id), sku = takenSku, price = new { amount = "12", currencyCode = "EUR" } });
        var missing = await shop.Client.MutateAsync("createProductVariant", Create,
            new { productId = GlobalId.Encode("Product", int.MaxValue), sku = "ANY-NEW", price = new { amount = "12", currencyCode = "EUR" } });

        Assert.Equal(["INVALID_VALUE at input.price.currencyCode", "ALREADY_EXISTS at input.sku"], payload.UserErrors());
        Assert.Equal(["NOT_FOUND at input.productId"], missing.UserErrors());
        await using var db = shop.CreateDbContext();
        Assert.Equal(1, await db.ProductVariants.CountAsync(v => v.ProductId == product.Id));
    }
}
