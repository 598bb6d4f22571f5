using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.Domain.Inventory;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Configurations;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Inventory;

public sealed record AdjustStockInput
{
    public string VariantId { get; init; } = "";
    public string WarehouseId { get; init; } = "";
    public int Delta { get; init; }
    public StockMovementReason Reason { get; init; }
    public string? Note { get; init; }
    public string? IdempotencyKey { get; init; }
}

public sealed class AdjustStockInputType : InputObjectGraphType<AdjustStockInput>
{
    public AdjustStockInputType()
    {
        Name = "AdjustStockInput";
        Description = "A manual change of the units on hand of one variant in one warehouse, with the reason it happened.";
        Field<NonNullGraphType<IdGraphType>>("variantId").Description("The variant whose stock changes.");
        Field<NonNullGraphType<IdGraphType>>("warehouseId").Description("The warehouse holding the stock.");
        Field<NonNullGraphType<IntGraphType>>("delta").Description("Units to add (positive) or remove (negative); never zero, and on hand never drops below what is reserved.");
        Field<NonNullGraphType<StockMovementReasonType>>("reason").Description("RESTOCK or RETURN (delta > 0), DAMAGE, THEFT or LOSS (delta < 0), or CORRECTION (either way).");
        Field<StringGraphType>("note").Description("Free text kept on the ledger entry, e.g. a stock-count reference.");
        Field<StringGraphType>("idempotencyKey").Description("Client-chosen key: a retry returns the first result and moves no stock twice.");
    }
}

public sealed class AdjustStockPayload : MutationPayload
{
    public AdjustStockPayload(MutationOutcome outcome)
    {
        StockLevelId = outcome.EntityId;
        StockMovementId = outcome.CreatedId;
        UserErrors = outcome.Errors;
    }

    public int? StockLevelId { get; }

    public int? StockMovementId { get; }
}

public sealed class AdjustStockPayloadType : PayloadGraphType<AdjustStockPayload>
{
    public AdjustStockPayloadType()
        : base("AdjustStockPayload", "The result of `adjustStock`.")
    {
        Field<StockLevelType>("stockLevel").Description("The stock level after the change; null when refused.")
            .Resolve(ctx => ctx.LoadById<StockLevel>(ctx.Source.StockLevelId));
        Field<StockMovementType>("stockMovement").Description("The ledger entry recorded; null when refused.")
            .Resolve(ctx => ctx.LoadById<StockMovement>(ctx.Source.StockMovementId));
    }
}

/// <summary>
/// adjustStock: one conditional UPDATE of on hand, a stock movement, and stock.changed (plus inventory.low or
/// inventory.out_of_stock when availability drops) in the outbox — one transaction, at most once per key.
/// A variant not yet stocked in the warehouse gets its stock level on the first positive adjustment.
/// </summary>
public static class AdjustStockHandler
{
    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, AdjustStockInput input) =>
        IdempotentMutation.RunAsync(context, "adjustStock", input.IdempotencyKey, input with { IdempotencyKey = null }, async (db, caller, ct) =>
        {
            var errors = new InputErrors();
            var variant = await db.LookupAsync<ProductVariant>(errors, input.VariantId, ProductVariantType.TypeName, ct, "variantId");
            var warehouse = await db.LookupAsync<Warehouse>(errors, input.WarehouseId, WarehouseType.TypeName, ct, "warehouseId");
            if (!StockAdjustments.Fits(input.Reason, input.Delta))
            {
                errors.Invalid(Explain(input.Reason, input.Delta), "delta");
            }

            var note = errors.Text(input.Note, ColumnLengths.Note, required: false, "note");
            var level = variant is null || warehouse is null ? null
                : await db.StockLevels.SingleOrDefaultAsync(s => s.VariantId == variant.Id && s.WarehouseId == warehouse.Id, ct);
            if (!errors.Any && level is null && input.Delta < 0)
            {
                errors.Invalid("The warehouse holds none of this variant; nothing can be removed.", "delta");
            }

            if (errors.Any)
            {
                return (MutationOutcome.Refused([.. errors.ToList()]), false);
            }

            level ??= await AddLevelAsync(db, variant!.Id, warehouse!.Id, ct);
            if (!await db.AdjustOnHandAsync(level.VariantId, level.WarehouseId, input.Delta, input.Reason, IdempotentMutation.SubjectOf(caller), note, ct))
            {
                return (MutationOutcome.Refused(UserError.At(UserErrorCode.InvalidValue,
                    $"On hand ({level.OnHand}) would fall below the {level.Reserved} units reserved for orders.", "delta")), false);
            }

            var movementId = await db.StockMovements.Where(m => m.VariantId == level.VariantId && m.WarehouseId == level.WarehouseId)
                .OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync(ct);
            return (MutationOutcome.Success(level.Id, movementId), true);
        });

    private static async Task<StockLevel> AddLevelAsync(CommerceDbContext db, int variantId, int warehouseId, CancellationToken cancellationToken)
    {
        var level = new StockLevel { VariantId = variantId, WarehouseId = warehouseId, UpdatedAt = DateTime.UtcNow };
        db.StockLevels.Add(level);
        await db.SaveChangesAsync(cancellationToken);
        return level;
    }

    private static string Explain(StockMovementReason reason, int delta) => delta == 0
        ? "Must not be zero."
        : !StockAdjustments.IsManual(reason)
            ? $"{reason.ToString().ToUpperInvariant()} movements come from orders; adjust with one of "
              + string.Join(", ", StockAdjustments.Reasons.Select(r => r.ToString().ToUpperInvariant())) + "."
            : StockAdjustments.Direction(reason) > 0
                ? $"{reason.ToString().ToUpperInvariant()} adds units; the delta must be positive."
                : $"{reason.ToString().ToUpperInvariant()} removes units; the delta must be negative.";
}
