using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

public sealed class UpdateProductTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Update = """
        mutation ($input: UpdateProductInput!) {
          updateProduct(input: $input) { product { name slug description category { id } status } userErrors { code field message } }
        }
        """;

    [Fact]
    public async Task UpdateProduct_ChangesOnlyGivenFields_WhenFieldsAreLeftOut()
    {
        var product = await shop.AddProductAsync("A");

        var payload = await shop.Client.MutateAsync("updateProduct", Update,
            new { productId = GlobalId.Encode("Product", product.Id), name = "Renamed", imageUrls = new[] { "http://img.example/1.png" } });

        Assert.Empty(payload.UserErrors());
        await using var db = shop.CreateDbContext();
        var stored = await db.Products.SingleAsync(p => p.Id == product.Id);
        Assert.Equal(("Renamed", product.Slug, "Original.", product.CategoryId, ProductStatus.Draft), (stored.Name, stored.Slug, stored.Description, stored.CategoryId, stored.Status));
        Assert.Equal(["http://img.example/1.png"], stored.ImageUrls);
        Assert.True(stored.UpdatedAt > product.UpdatedAt);
    }

    [Fact]
    public async Task UpdateProduct_ClearsDescriptionAndCategory_WhenGivenNull()
    {
        var product = await shop.AddProductAsync("A");

        var payload = await shop.Client.MutateAsync("updateProduct", Update,
            new { productId = GlobalId.Encode("Product", product.Id), description = (string?)null, categoryId = (string?)null, status = "ACTIVE" });

        Assert.Empty(payload.UserErrors());
        await using var db = shop.CreateDbContext();
        var stored = await db.Products.SingleAsync(p => p.Id == product.Id);
        Assert.Equal((null, null, ProductStatus.Active), (stored.Description, stored.CategoryId, stored.Status));
    }

    [Fact]
    public async Task UpdateProduct_ReturnsUserErrorsAndChangesNothing_WhenValuesAreInvalid()
    {
        var product = await shop.AddProductAsync("A");
        var other = await shop.AddProductAsync("B");

        var payload = await shop.Client.MutateAsync("updateProduct", Update, new
        {
            productId = GlobalId.Encode("Product", product.Id), name = "", slug = other.Slug,
            categoryId = GlobalId.Encode("Category", int.MaxValue), imageUrls = new[] { "javascript:alert(1)" },
        });
        var missing = await shop.Client.MutateAsync("updateProduct", Update, new { productId = GlobalId.Encode("Product", int.MaxValue), name = "X" });

        Assert.Equal(["INVALID_VALUE at input.name", "ALREADY_EXISTS at input.slug", "NOT_FOUND at input.categoryId", "INVALID_VALUE at input.imageUrls.0"], payload.UserErrors());
        Assert.Equal(["NOT_FOUND at input.productId"], missing.UserErrors());
        await using var db = shop.CreateDbContext();
        var stored = await db.Products.SingleAsync(p => p.Id == product.Id);
        Assert.Equal((product.Name, product.Slug, product.CategoryId, product.UpdatedAt), (stored.Name, stored.Slug, stored.CategoryId, stored.UpdatedAt));
    }
}
