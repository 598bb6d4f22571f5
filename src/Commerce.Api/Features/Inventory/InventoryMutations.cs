using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Inventory;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;

namespace Commerce.Api.Features.Inventory;

/// <summary>Root fields that change warehouses and stock (all need write:products).</summary>
public static class InventoryMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CreateWarehouseInputType, CreateWarehousePayloadType, CreateWarehouseInput, EntityPayload<Warehouse>>(
            "createWarehouse", "Creates an active warehouse.",
            (ctx, input) => ctx.Handler<CreateWarehouseHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteProducts);
        mutation.MutationField<UpdateWarehouseInputType, UpdateWarehousePayloadType, UpdateWarehouseInput, EntityPayload<Warehouse>>(
            "updateWarehouse", "Changes a warehouse's code, name, address or active flag.",
            (ctx, input) => ctx.Handler<UpdateWarehouseHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteProducts);
        mutation.MutationField<DeactivateWarehouseInputType, DeactivateWarehousePayloadType, DeactivateWarehouseInput, EntityPayload<Warehouse>>(
            "deactivateWarehouse", "Stops a warehouse shipping; its stock rows stay.",
            (ctx, input) => ctx.Handler<DeactivateWarehouseHandler>().HandleAsync(input, ctx.CancellationToken)).RequireScopes(Scopes.WriteProducts);
        mutation.MutationField<AdjustStockInputType, AdjustStockPayloadType, AdjustStockInput, AdjustStockPayload>(
            "adjustStock", "Adds or removes units on hand with a reason, writing a stock movement; retries with the same idempotency key move nothing twice.",
            async (ctx, input) => new AdjustStockPayload(await AdjustStockHandler.HandleAsync(ctx, input))).RequireScopes(Scopes.WriteProducts);
    }
}
