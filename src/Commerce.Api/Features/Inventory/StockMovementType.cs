using Commerce.Api.Features.Catalog;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.Domain.Inventory;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Inventory;

/// <summary>The graph's view of a <see cref="StockMovement"/>: one entry of the append-only stock ledger.</summary>
public sealed class StockMovementType : ObjectGraphType<StockMovement>
{
    public const string TypeName = "StockMovement";

    public StockMovementType()
    {
        Name = TypeName;
        Description = "One change to a stock level, append-only: reservations, releases, shipments and manual adjustments each write one.";
        this.ImplementsNode(TypeName, m => m.Id);
        Field(m => m.OnHandDelta).Description("Change of the units on hand (signed).");
        Field(m => m.ReservedDelta).Description("Change of the reserved units (signed).");
        Field<NonNullGraphType<StockMovementReasonType>>("reason").Description("Why the stock changed.").Resolve(ctx => ctx.Source.Reason);
        Field(m => m.Actor).Description("Who caused the change: the caller's subject, or \"anonymous\".");
        Field(m => m.Note, nullable: true).Description("The note given with a manual adjustment, if any.");
        Field(m => m.CreatedAt).Description("When the change happened (UTC).");
        Field<NonNullGraphType<ProductVariantType>>("variant").Description("The variant whose stock changed.")
            .Resolve(ctx => ctx.LoadById<ProductVariant>(ctx.Source.VariantId));
        Field<NonNullGraphType<WarehouseType>>("warehouse").Description("The warehouse whose stock changed.")
            .Resolve(ctx => ctx.LoadById<Warehouse>(ctx.Source.WarehouseId));
    }
}

/// <summary>Exposes <see cref="StockMovementReason"/>.</summary>
public sealed class StockMovementReasonType : EnumerationGraphType<StockMovementReason>
{
    public StockMovementReasonType()
    {
        Name = "StockMovementReason";
        Description = "Why stock changed. RESERVATION, RELEASE and SHIPMENT come from orders, ADJUSTMENT from before reasons were recorded; "
            + "adjustStock takes RESTOCK or RETURN (adding units), DAMAGE, THEFT or LOSS (removing units) or CORRECTION (either way).";
    }
}
