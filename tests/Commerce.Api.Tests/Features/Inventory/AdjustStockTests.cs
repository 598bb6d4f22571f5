using Commerce.Api.Tests.Features.Catalog;
using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Inventory;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Inventory;

public sealed class AdjustStockTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Adjust = """
        mutation ($input: AdjustStockInput!) {
          adjustStock(input: $input) {
            stockLevel { onHand reserved available } stockMovement { onHandDelta reason note actor }
            userErrors { code field message }
          }
        }
        """;

    [Fact]
    public async Task AdjustStock_AddsUnitsAndRecordsMovementAndEvent_WhenRestocking()
    {
        var (variantId, warehouseId) = await StockedAsync(onHand: 4, reserved: 1);

        var payload = await AdjustAsync(variantId, warehouseId, 10, "RESTOCK", note: "PO-1042");

        Assert.Empty(payload.UserErrors());
        Assert.Equal(14, payload["stockLevel"]!["onHand"]!.GetValue<int>());
        Assert.Equal(("RESTOCK", "PO-1042"), (payload["stockMovement"]!["reason"]!.GetValue<string>(),
            payload["stockMovement"]!["note"]!.GetValue<string>()));
        await using var db = shop.CreateDbContext();
        var actor = payload["stockMovement"]!["actor"]!.GetValue<string>();   // the caller: the test client's admin key
        Assert.StartsWith("ApiKey:", actor);
        var keyId = int.Parse(actor["ApiKey:".Length..]);
        Assert.True(await db.ApiKeys.AnyAsync(k => k.Id == keyId));
        var movement = await db.StockMovements.SingleAsync(m => m.VariantId == variantId);
        Assert.Equal((10, 0, StockMovementReason.Restock), (movement.OnHandDelta, movement.ReservedDelta, movement.Reason));
        Assert.Equal(["stock.changed"], await shop.EventTypesAsync("ProductVariant", variantId));
    }

    [Fact]
    public async Task AdjustStock_CreatesStockLevel_WhenWarehouseHeldNoneOfTheVariant()
    {
        var variantId = (await shop.AddProductAsync("A")).Variants[0].Id;
        await using var db = shop.CreateDbContext();
        var warehouseId = await db.Warehouses.Select(w => w.Id).FirstAsync();

        var payload = await AdjustAsync(variantId, warehouseId, 3, "RETURN");

        Assert.Empty(payload.UserErrors());
        var level = await db.StockLevels.SingleAsync(s => s.VariantId == variantId && s.WarehouseId == warehouseId);
        Assert.Equal((3, 0), (level.OnHand, level.Reserved));
    }

    [Fact]
    public async Task AdjustStock_RaisesLowThenOutOfStock_WhenDamageAndTheftRemoveUnits()
    {
        var (variantId, warehouseId) = await StockedAsync(onHand: 10, reserved: 2);

        var low = await AdjustAsync(variantId, warehouseId, -5, "DAMAGE");
        var gone = await AdjustAsync(variantId, warehouseId, -3, "THEFT");

        Assert.Equal(3, low["stockLevel"]!["available"]!.GetValue<int>());
        Assert.Equal(0, gone["stockLevel"]!["available"]!.GetValue<int>());
        Assert.Equal(["stock.changed", "inventory.low", "stock.changed", "inventory.out_of_stock"], await shop.EventTypesAsync("ProductVariant", variantId));
    }

    [Theory]
    [InlineData(0, "CORRECTION")]
    [InlineData(-1, "RESTOCK")]
    [InlineData(2, "LOSS")]
    [InlineData(2, "RESERVATION")]
    [InlineData(-9, "CORRECTION")]
    public async Task AdjustStock_ReturnsInvalidDeltaAndMovesNothing_WhenDeltaDoesNotFitReasonOrStock(int delta, string reason)
    {
        var (variantId, warehouseId) = await StockedAsync(onHand: 10, reserved: 2);

        var payload = await AdjustAsync(variantId, warehouseId, delta, reason);

        Assert.Equal(["INVALID_VALUE at input.delta"], payload.UserErrors());
        Assert.Null(payload["stockMovement"]);
        await using var db = shop.CreateDbContext();
        Assert.Equal(10, await db.StockLevels.Where(s => s.VariantId == variantId).Select(s => s.OnHand).SingleAsync());
        Assert.False(await db.StockMovements.AnyAsync(m => m.VariantId == variantId));
        Assert.Empty(await shop.EventTypesAsync("ProductVariant", variantId));
    }

    [Fact]
    public async Task AdjustStock_ReturnsNotFoundAndInvalidId_WhenIdsAreUnknownOrOfAnotherType()
    {
        var payload = await shop.Client.MutateAsync("adjustStock", Adjust, new
        {
            variantId = GlobalId.Encode("ProductVariant", int.MaxValue), warehouseId = GlobalId.Encode("Product", 1), delta = 1, reason = "RESTOCK",
        });

        Assert.Equal(["NOT_FOUND at input.variantId", "INVALID_ID at input.warehouseId"], payload.UserErrors());
    }

    [Fact]
    public async Task AdjustStock_MovesStockOnce_WhenRetriedWithSameKey_AndRefusesKeyWithOtherInput()
    {
        var (variantId, warehouseId) = await StockedAsync(onHand: 1, reserved: 0);
        var key = Guid.NewGuid().ToString();

        var first = await AdjustAsync(variantId, warehouseId, 5, "RESTOCK", key: key);
        var retry = await AdjustAsync(variantId, warehouseId, 5, "RESTOCK", key: key);
        var reused = await AdjustAsync(variantId, warehouseId, 6, "RESTOCK", key: key);

        Assert.Equal(first.ToJsonString(), retry.ToJsonString());
        Assert.Equal(["IDEMPOTENCY_KEY_REUSED at input.idempotencyKey"], reused.UserErrors());
        await using var db = shop.CreateDbContext();
        Assert.Equal(6, await db.StockLevels.Where(s => s.VariantId == variantId).Select(s => s.OnHand).SingleAsync());
        Assert.Equal(1, await db.StockMovements.CountAsync(m => m.VariantId == variantId));
    }

    private Task<System.Text.Json.Nodes.JsonNode> AdjustAsync(int variantId, int warehouseId, int delta, string reason, string? note = null, string? key = null) =>
        shop.Client.MutateAsync("adjustStock", Adjust, new
        {
            variantId = GlobalId.Encode("ProductVariant", variantId), warehouseId = GlobalId.Encode("Warehouse", warehouseId), delta, reason, note,
            idempotencyKey = key,
        });

    private async Task<(int VariantId, int WarehouseId)> StockedAsync(int onHand, int reserved)
    {
        var variantId = (await shop.AddProductAsync("A")).Variants[0].Id;
        await using var db = shop.CreateDbContext();
        var warehouseId = await db.Warehouses.Where(w => w.IsActive).Select(w => w.Id).FirstAsync();
        db.StockLevels.Add(new StockLevel { VariantId = variantId, WarehouseId = warehouseId, OnHand = onHand, Reserved = reserved, LowStockThreshold = 5 });
        await db.SaveChangesAsync();
        return (variantId, warehouseId);
    }
}
