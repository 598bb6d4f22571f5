using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Inventory;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Catalog;

public sealed class DeleteProductVariantTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Delete = """
        mutation ($input: DeleteProductVariantInput!) {
          deleteProductVariant(input: $input) { deletedProductVariantId product { variants { sku } } userErrors { code field message } }
        }
        """;

    [Fact]
    public async Task DeleteProductVariant_RemovesVariant_WhenNeverOrderedAndWithoutStock()
    {
        var product = await shop.AddProductAsync("A", "B");
        var id = GlobalId.Encode("ProductVariant", product.Variants[0].Id);

        var payload = await shop.Client.MutateAsync("deleteProductVariant", Delete, new { variantId = id });

        Assert.Empty(payload.UserErrors());
        Assert.Equal(id, payload["deletedProductVariantId"]!.GetValue<string>());
        Assert.Equal([product.Variants[1].Sku], payload["product"]!["variants"]!.AsArray().Strings("sku"));
        await using var db = shop.CreateDbContext();
        Assert.False(await db.ProductVariants.AnyAsync(v => v.Id == product.Variants[0].Id));
    }

    [Fact]
    public async Task DeleteProductVariant_ReturnsInUseAndKeepsVariant_WhenOrderedOrStocked()
    {
        await using var db = shop.CreateDbContext();
        var ordered = await db.OrderLines.Where(l => l.VariantId != null).Select(l => l.VariantId!.Value).FirstAsync();
        var stocked = (await shop.AddProductAsync("A")).Variants[0];
        db.StockLevels.Add(new StockLevel { VariantId = stocked.Id, WarehouseId = await db.Warehouses.Select(w => w.Id).FirstAsync(), OnHand = 3 });
        await db.SaveChangesAsync();

        var orderedPayload = await shop.Client.MutateAsync("deleteProductVariant", Delete, new { variantId = GlobalId.Encode("ProductVariant", ordered) });
        var stockedPayload = await shop.Client.MutateAsync("deleteProductVariant", Delete, new { variantId = GlobalId.Encode("ProductVariant", stocked.Id) });

        Assert.Equal(["IN_USE at input.variantId"], orderedPayload.UserErrors());
        Assert.Equal(["IN_USE at input.variantId"], stockedPayload.UserErrors());
        Assert.Null(orderedPayload["deletedProductVariantId"]);
        Assert.Equal(2, await db.ProductVariants.CountAsync(v => v.Id == ordered || v.Id == stocked.Id));
    }
}
