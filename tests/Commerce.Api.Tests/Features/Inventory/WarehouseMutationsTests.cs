using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Common;
using Commerce.Domain.Inventory;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Inventory;

public sealed class WarehouseMutationsTests(ShopFixture shop) : IClassFixture<ShopFixture>
{
    private const string Create = """
        mutation ($input: CreateWarehouseInput!) { createWarehouse(input: $input) { warehouse { id code isActive } userErrors { code field message } } }
        """;

    private const string Update = """
        mutation ($input: UpdateWarehouseInput!) { updateWarehouse(input: $input) { warehouse { code name isActive } userErrors { code field message } } }
        """;

    private const string Deactivate = """
        mutation ($input: DeactivateWarehouseInput!) { deactivateWarehouse(input: $input) { warehouse { isActive } userErrors { code field message } } }
        """;

    private static object Address(string countryCode = "ZA", string city = "Cape Town") =>
        new { firstName = "Dock", lastName = "Manager", line1 = "1 Harbour Rd", city, postalCode = "8001", countryCode };

    [Fact]
    public async Task CreateWarehouse_StoresActiveWarehouseWithUpperCaseCode_WhenInputIsValid()
    {
        var payload = await shop.Client.MutateAsync("createWarehouse", Create, new { code = "cpt-9", name = "Cape Town 9", address = Address() });

        Assert.Empty(payload.UserErrors());
        await using var db = shop.CreateDbContext();
        var stored = await db.Warehouses.SingleAsync(w => w.Code == "CPT-9");
        Assert.Equal(("Cape Town 9", true, "ZA", "Cape Town"), (stored.Name, stored.IsActive, stored.Address.CountryCode, stored.Address.City));
    }

    [Fact]
    public async Task CreateWarehouse_ReturnsUserErrorsAndStoresNothing_WhenCodeTakenOrAddressInvalid()
    {
        await using var db = shop.CreateDbContext();
        var takenCode = await db.Warehouses.Select(w => w.Code).FirstAsync();
        var before = await db.Warehouses.CountAsync();

        var taken = await shop.Client.MutateAsync("createWarehouse", Create, new { code = takenCode.ToLowerInvariant(), name = "Dup", address = Address() });
        var invalid = await shop.Client.MutateAsync("createWarehouse", Create, new { code = "-bad code", name = "", address = Address("zaf", " ") });

        Assert.Equal(["ALREADY_EXISTS at input.code"], taken.UserErrors());
        Assert.Equal(["INVALID_VALUE at input.code", "INVALID_VALUE at input.name", "INVALID_ADDRESS at input.address.city", "INVALID_ADDRESS at input.address.countryCode"],
            invalid.UserErrors());
        Assert.Equal(before, await db.Warehouses.CountAsync());
    }

    [Fact]
    public async Task UpdateWarehouse_ChangesGivenFieldsOnly_AndRefusesATakenCode()
    {
        var warehouse = await AddWarehouseAsync();
        await using var db = shop.CreateDbContext();
        var otherCode = await db.Warehouses.Where(w => w.Id != warehouse.Id).Select(w => w.Code).FirstAsync();
        var id = GlobalId.Encode("Warehouse", warehouse.Id);

        var renamed = await shop.Client.MutateAsync("updateWarehouse", Update, new { warehouseId = id, name = "Renamed" });
        var taken = await shop.Client.MutateAsync("updateWarehouse", Update, new { warehouseId = id, code = otherCode, name = "Other" });

        Assert.Empty(renamed.UserErrors());
        Assert.Equal(["ALREADY_EXISTS at input.code"], taken.UserErrors());
        var stored = await db.Warehouses.SingleAsync(w => w.Id == warehouse.Id);
        Assert.Equal((warehouse.Code, "Renamed", warehouse.Address.City), (stored.Code, stored.Name, stored.Address.City));
    }

    [Fact]
    public async Task DeactivateWarehouse_StopsWarehouse_AndUpdateWarehouseReactivatesIt()
    {
        var warehouse = await AddWarehouseAsync();
        var id = GlobalId.Encode("Warehouse", warehouse.Id);

        var deactivated = await shop.Client.MutateAsync("deactivateWarehouse", Deactivate, new { warehouseId = id });
        await using var db = shop.CreateDbContext();
        var inactive = await db.Warehouses.Where(w => w.Id == warehouse.Id).Select(w => w.IsActive).SingleAsync();
        var reactivated = await shop.Client.MutateAsync("updateWarehouse", Update, new { warehouseId = id, isActive = true });
        var missing = await shop.Client.MutateAsync("deactivateWarehouse", Deactivate, new { warehouseId = GlobalId.Encode("Warehouse", int.MaxValue) });

        Assert.False(deactivated["warehouse"]!["isActive"]!.GetValue<bool>());
        Assert.False(inactive);
        Assert.True(reactivated["warehouse"]!["isActive"]!.GetValue<bool>());
        Assert.Equal(["NOT_FOUND at input.warehouseId"], missing.UserErrors());
    }

    private async Task<Warehouse> AddWarehouseAsync()
    {
        await using var db = shop.CreateDbContext();
        var warehouse = new Warehouse
        {
            Code = $"T-{Guid.NewGuid():N}"[..12].ToUpperInvariant(), Name = "Test",
            Address = new Address { FirstName = "A", LastName = "B", Line1 = "1 Road", City = "Durban", PostalCode = "4001", CountryCode = "ZA" },
        };
        db.Warehouses.Add(warehouse);
        await db.SaveChangesAsync();
        return warehouse;
    }
}
