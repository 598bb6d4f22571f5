using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common.Live;
using Commerce.Api.Graph;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Authorization;
using GraphQL;
using GraphQL.Types;

namespace Commerce.Api.Features.Inventory;

/// <summary>Root subscription fields: <c>stockLevelChanged</c> and <c>lowStockAlert</c>, for holders of <c>read:inventory</c>.</summary>
public static class InventorySubscriptions
{
    public static void AddTo(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<StockLevelEventType>>("stockLevelChanged")
            .Description("Every stock movement of one variant, in any warehouse.")
            .Argument<NonNullGraphType<IdGraphType>>("variantId", "The variant to watch.")
            .AfterArgument()
            .ResolveStreamAsync(ctx =>
            {
                var variantId = ctx.GetIdArgument("variantId", ProductVariantType.TypeName);
                return ctx.LiveEvents().OpenAsync(new LiveQuery(
                    db => db.OutboxMessages.Where(m => m.AggregateType == StockEvent.AggregateType && m.AggregateId == variantId && m.Type == OrderEvents.StockChanged),
                    e => e.AggregateType == StockEvent.AggregateType && e.AggregateId == variantId && e.Type == OrderEvents.StockChanged),
                    ctx.After(), StockEvent.From, ctx.CancellationToken);
            })
            .RequireScopes(Scopes.ReadInventory);

        subscription.Field<NonNullGraphType<StockLevelEventType>>("lowStockAlert")
            .Description("A movement left a variant's available units below its low-stock threshold (inventory.low) or at zero (inventory.out_of_stock).")
            .Argument<IdGraphType>("warehouseId", "Only alerts of this warehouse; all warehouses when omitted.")
            .AfterArgument()
            .ResolveStreamAsync(ctx =>
            {
                int? warehouseId = ctx.GetArgument<string?>("warehouseId") is null ? null : ctx.GetIdArgument("warehouseId", WarehouseType.TypeName);
                return ctx.LiveEvents().OpenAsync(new LiveQuery(
                    db => db.OutboxMessages.Where(m => m.AggregateType == StockEvent.AggregateType
                        && (m.Type == OrderEvents.InventoryLow || m.Type == OrderEvents.InventoryOutOfStock)),
                    e => e.AggregateType == StockEvent.AggregateType
                        && (e.Type == OrderEvents.InventoryLow || e.Type == OrderEvents.InventoryOutOfStock)
                        && (warehouseId is null || StockEvent.From(e).State.WarehouseId == warehouseId)),
                    ctx.After(), StockEvent.From, ctx.CancellationToken);
            })
            .RequireScopes(Scopes.ReadInventory);
    }
}
