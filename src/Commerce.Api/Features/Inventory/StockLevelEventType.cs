using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common.Live;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.Domain.Inventory;
using GraphQL.Types;

namespace Commerce.Api.Features.Inventory;

/// <summary>The graph's view of a <see cref="StockEvent"/>.</summary>
public sealed class StockLevelEventType : ObjectGraphType<StockEvent>
{
    public StockLevelEventType()
    {
        Name = "StockLevelEvent";
        Description = "Stock of one variant in one warehouse moved (reservation, release, shipment, receipt, count …), with the levels right after.";
        this.AddEventFields(e => e.Event,
            "stock.changed for every movement; inventory.low or inventory.out_of_stock when a movement left the available units below the threshold or at zero.");
        Field<NonNullGraphType<IntGraphType>>("onHand").Description("Units in the warehouse after the movement.").Resolve(ctx => ctx.Source.State.OnHand);
        Field<NonNullGraphType<IntGraphType>>("reserved").Description("Units held for orders after the movement.").Resolve(ctx => ctx.Source.State.Reserved);
        Field<NonNullGraphType<IntGraphType>>("available").Description("Units that could be sold after the movement.").Resolve(ctx => ctx.Source.State.Available);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why stock moved, e.g. Reservation, Release, Shipment, Receipt.").Resolve(ctx => ctx.Source.State.Reason);
        Field<NonNullGraphType<ProductVariantType>>("variant").Description("The variant whose stock moved.")
            .Resolve(ctx => ctx.LoadById<ProductVariant>(ctx.Source.State.VariantId));
        Field<NonNullGraphType<WarehouseType>>("warehouse").Description("The warehouse the stock is in.")
            .Resolve(ctx => ctx.LoadById<Warehouse>(ctx.Source.State.WarehouseId));
    }
}
