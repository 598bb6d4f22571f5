using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Inventory;
using Commerce.Infrastructure.Persistence;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Rest;

/// <summary>Stock of one variant in one warehouse after an adjustment, and the ledger entry recorded.</summary>
public sealed record StockLevelResource(string Id, string VariantId, string WarehouseId, int OnHand, int Reserved, int Available, string? StockMovementId);

/// <summary><c>POST /api/v1/inventory/adjust</c> through adjustStock's handler (reasons, reserved floor, events, idempotency).</summary>
public static class InventoryEndpoints
{
    public static void MapTo(RouteGroupBuilder api)
    {
        api.MapGroup("/inventory").WithTags("Inventory")
            .MapPost("/adjust", AdjustAsync).RequireScope(Scopes.WriteProducts).AsWrite<AdjustStockInput>().Produces<StockLevelResource>()
            .WithSummary("Adds or removes units on hand with a reason (adjustStock). Send `Idempotency-Key` to retry safely.");
    }

    private static async Task<IResult> AdjustAsync(HttpContext http, CommerceDbContext db)
    {
        var input = (await RestBodyReader.ReadAsync<AdjustStockInput>(http)).Input;
        input = input with { IdempotencyKey = IdempotencyHeader.Of(http, input.IdempotencyKey) };
        var outcome = await AdjustStockHandler.HandleAsync(RestHandlerContext.For(http), input);
        if (outcome.Errors.Count > 0)
        {
            return RestUserErrors.Result(outcome.Errors);
        }

        var level = await db.StockLevels.AsNoTracking().FirstAsync(s => s.Id == outcome.EntityId, http.RequestAborted);
        return RestResults.Json(new StockLevelResource(
            GlobalId.Encode(StockLevelType.TypeName, level.Id), GlobalId.Encode(ProductVariantType.TypeName, level.VariantId),
            GlobalId.Encode(WarehouseType.TypeName, level.WarehouseId), level.OnHand, level.Reserved, level.Available,
            outcome.CreatedId is { } movement ? GlobalId.Encode(StockMovementType.TypeName, movement) : null));
    }
}
