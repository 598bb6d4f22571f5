using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Inventory;

[Collection(GraphCollection.Name)]
public sealed class WarehouseQueriesTests(GraphFixture fixture)
{
    [Fact]
    public async Task Warehouses_ReturnsCountrysWarehousesByCode_WhenFilteredAndSorted()
    {
        await using var db = fixture.CreateDbContext();
        var country = await db.Warehouses.OrderBy(w => w.Id).Select(w => w.Address.CountryCode).FirstAsync();
        var expected = await db.Warehouses.Where(w => w.Address.CountryCode == country && w.IsActive)
            .OrderByDescending(w => w.Code).ThenBy(w => w.Id).Select(w => w.Code).ToListAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($country: String!) {
              warehouses(where: { countryCode: { eq: $country }, isActive: { eq: true } }, order: [{ code: DESC }]) {
                nodes { code address { countryCode } }
              }
            }
            """, new { country });

        Assert.NotEmpty(expected);
        Assert.Equal(expected, data.Nodes("warehouses").Strings("code"));
    }

    [Fact]
    public async Task Warehouse_ReturnsSameWarehouse_WhenLookedUpByCodeOrId()
    {
        await using var db = fixture.CreateDbContext();
        var warehouse = await db.Warehouses.OrderBy(w => w.Id).LastAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($code: String!, $id: ID!) { byCode: warehouse(code: $code) { id name } byId: warehouse(id: $id) { id name } }
            """, new { code = warehouse.Code, id = GlobalId.Encode("Warehouse", warehouse.Id) });

        Assert.Equal(warehouse.Name, data["byCode"]!["name"]!.GetValue<string>());
        Assert.Equal(data["byId"]!.ToJsonString(), data["byCode"]!.ToJsonString());
    }

    [Fact]
    public async Task Warehouse_ReturnsInvalidId_WhenGivenAProductId()
    {
        var response = await fixture.Client.PostAsync("""
            query ($id: ID!) { warehouse(id: $id) { code } }
            """, new { id = GlobalId.Encode("Product", 1) });

        Assert.Equal("INVALID_ID", response.ErrorCode);
    }

    [Fact]
    public async Task StockLevels_ReturnsLowStockByAvailable_WhenFilteredAndSorted()
    {
        await using var db = fixture.CreateDbContext();
        var warehouseId = await db.StockLevels.GroupBy(s => s.WarehouseId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var expected = await db.StockLevels.Where(s => s.WarehouseId == warehouseId && s.OnHand - s.Reserved <= s.LowStockThreshold)
            .OrderByDescending(s => s.OnHand - s.Reserved).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync();

        var data = await fixture.Client.QueryAsync("""
            query ($id: ID!) {
              warehouse(id: $id) {
                stockLevels(first: 100, where: { lowStock: true }, order: [{ available: DESC }]) {
                  totalCount nodes { id isLowStock variant { sku } warehouse { id } }
                }
              }
            }
            """, new { id = GlobalId.Encode("Warehouse", warehouseId) });

        var connection = data["warehouse"]!["stockLevels"]!;
        var nodes = connection["nodes"]!.AsArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, connection["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Take(100).Select(id => GlobalId.Encode("StockLevel", id)), nodes.Strings("id"));
        Assert.All(nodes, n => Assert.True(n!["isLowStock"]!.GetValue<bool>()));
    }
}
