using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Inventory;

namespace Commerce.Api.Features.Inventory;

public static class InventoryFeature
{
    public static IServiceCollection AddInventoryFeature(this IServiceCollection services) => services
        .AddScoped<StockLevelsByVariantIdLoader>()
        .AddEntityNode<Warehouse>(WarehouseType.TypeName)
        .AddEntityNode<StockLevel>(StockLevelType.TypeName)
        .AddEntityNode<StockMovement>(StockMovementType.TypeName)
        .AddScoped<CreateWarehouseHandler>()
        .AddScoped<UpdateWarehouseHandler>()
        .AddScoped<DeactivateWarehouseHandler>();
}
