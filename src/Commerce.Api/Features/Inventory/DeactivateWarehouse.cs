using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Inventory;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Api.Features.Inventory;

public sealed class DeactivateWarehouseInput
{
    public string WarehouseId { get; set; } = "";
}

public sealed class DeactivateWarehouseInputType()
    : IdInputGraphType<DeactivateWarehouseInput>("DeactivateWarehouseInput", "The warehouse to stop shipping from.", "warehouseId", "The warehouse to deactivate.");

public sealed class DeactivateWarehousePayloadType() : EntityPayloadGraphType<WarehouseType, Warehouse>("deactivateWarehouse", "warehouse", "The deactivated warehouse.");

/// <summary>
/// Stops a warehouse shipping. Warehouses are never deleted (stock levels and fulfillments point at them); its
/// stock rows stay. Deactivating an inactive warehouse changes nothing and succeeds.
/// </summary>
public sealed class DeactivateWarehouseHandler(CommerceDbContext db)
{
    public async Task<EntityPayload<Warehouse>> HandleAsync(DeactivateWarehouseInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var warehouse = await db.LookupAsync<Warehouse>(errors, input.WarehouseId, WarehouseType.TypeName, cancellationToken, "warehouseId");
        if (warehouse is null)
        {
            return EntityPayload.Refused<Warehouse>(errors);
        }

        warehouse.IsActive = false;
        await db.SaveChangesAsync(cancellationToken);
        return EntityPayload.Of(warehouse);
    }
}
