using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

public sealed class ArchiveProductTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Archive = """
        mutation ($input: ArchiveProductInput!) { archiveProduct(input: $input) { product { status } userErrors { code field message } } }
        """;

    [Fact]
    public async Task ArchiveProduct_SetsArchivedOnce_WhenCalledTwice()
    {
        var product = await shop.AddProductAsync("A");
        var input = new { productId = GlobalId.Encode("Product", product.Id) };

        var first = await shop.Client.MutateAsync("archiveProduct", Archive, input);
        await using var db = shop.CreateDbContext();
        var archivedAt = await db.Products.Where(p => p.Id == product.Id).Select(p => p.UpdatedAt).SingleAsync();
        var second = await shop.Client.MutateAsync("archiveProduct", Archive, input);

        Assert.Equal("ARCHIVED", first["product"]!["status"]!.GetValue<string>());
        Assert.Empty(second.UserErrors());
        var stored = await db.Products.AsNoTracking().SingleAsync(p => p.Id == product.Id);
        Assert.Equal((ProductStatus.Archived, archivedAt), (stored.Status, stored.UpdatedAt));
        Assert.True(archivedAt > product.UpdatedAt);
    }

    [Fact]
    public async Task ArchiveProduct_ReturnsNotFoundOrInvalidId_WhenProductIdIsUnknownOrOfAnotherType()
    {
        var missing = await shop.Client.MutateAsync("archiveProduct", Archive, new { productId = GlobalId.Encode("Product", int.MaxValue) });
        var wrongType = await shop.Client.MutateAsync("archiveProduct", Archive, new { productId = GlobalId.Encode("Vendor", 1) });

        Assert.Equal(["NOT_FOUND at input.productId"], missing.UserErrors());
        Assert.Equal(["INVALID_ID at input.productId"], wrongType.UserErrors());
    }
}
