using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Inventory;

namespace Commerce.Api.Features.Inventory;

public static class InventoryFeature
{
    public static IServiceCollection AddInventoryFeature(this IServiceCollection services) => services
        .AddScoped<StockLevelsByVariantIdLoader>()
        .AddEntityNode<Warehouse>(WarehouseType.TypeName, (caller, _) => caller.Has(Scopes.ReadProducts))
        .AddEntityNode<StockLevel>(StockLevelType.TypeName, (caller, _) => caller.Has(Scopes.ReadProducts))
        .AddEntityNode<StockMovement>(StockMovementType.TypeName, (caller, _) => caller.Has(Scopes.ReadProducts))
        .AddScoped<CreateWarehouseHandler>()
        .AddScoped<UpdateWarehouseHandler>()
        .AddScoped<DeactivateWarehouseHandler>();
}
