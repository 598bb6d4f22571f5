using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Orders;

/// <summary>One line to order: a variant and how many; an accepted quote also fixes the unit price and line discount.</summary>
public sealed record PlacementLine(int VariantId, int Quantity, long? AgreedUnitPriceMinorUnits = null, long DiscountMinorUnits = 0);

/// <summary>
/// An order to place once the caller's input is checked and the buyer known. <c>LinesField</c> is where line errors
/// point in the input (<c>lines.{i}.…</c>); null when the lines are not the caller's input. <c>Channel</c> and
/// <c>ExternalId</c> say where the order came from (a marketplace and its order id).
/// </summary>
public sealed record PlacementRequest(
    int? CustomerId, string Email, IReadOnlyList<PlacementLine> Lines, Address ShipTo, Address BillTo,
    string? ShippingMethod, string? DiscountCode, string? Note, string? LinesField,
    SalesChannel Channel = SalesChannel.Api, string? ExternalId = null);

/// <summary>
/// The one way an order is placed, by placeOrder and by acceptQuote: a price snapshot per line (the catalogue price,
/// or the price a quote agreed), shipping, discount and tax from <see cref="OrderQuote"/>, the order.created event, and
/// a stock reservation per line. Runs inside the caller's transaction; any refusal means roll back.
/// </summary>
public static class OrderPlacement
{
    /// <summary>The lines' variants, or a VARIANT_UNAVAILABLE error for each one missing or not for sale.</summary>
    public static async Task<Dictionary<int, ProductVariant>> LoadVariantsAsync(
        CommerceDbContext db, IReadOnlyList<int> variantIds, string? linesField, List<UserError> errors, CancellationToken ct)
    {
        var variants = await db.ProductVariants.AsNoTracking().Include(v => v.Product)
            .Where(v => variantIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        for (var i = 0; i < variantIds.Count; i++)
        {
            if (!variants.TryGetValue(variantIds[i], out var v) || v.Product!.Status != ProductStatus.Active)
            {
                errors.Add(LineError(UserErrorCode.VariantUnavailable,
                    $"Variant {GlobalId.Encode(ProductVariantType.TypeName, variantIds[i])} is not for sale.", linesField, i, "variantId"));
            }
        }

        return variants;
    }

    /// <summary>Places the order; on user errors the caller must roll back (stock may be partly reserved).</summary>
    public static async Task<(Order? Order, IReadOnlyList<UserError> Errors)> PlaceAsync(
        CommerceDbContext db, Caller caller, PlacementRequest request, IReadOnlyDictionary<int, ProductVariant> variants, DateTime now, CancellationToken ct)
    {
        var order = new Order
        {
            Number = $"CG-{now:yyMMdd}-{Convert.ToHexString(Guid.NewGuid().ToByteArray())[..8]}",
            CustomerId = request.CustomerId, Email = request.Email, Currency = variants[request.Lines[0].VariantId].Currency,
            ShippingAddress = request.ShipTo, BillingAddress = request.BillTo, Note = request.Note,
            SourceChannel = request.Channel, ExternalId = request.ExternalId,
            Lines = [.. request.Lines.Select(l => Snapshot(variants[l.VariantId], l))],
        };
        var pricingErrors = await OrderQuote.PriceAsync(db, order, request.ShippingMethod, request.DiscountCode, now, ct);
        if (pricingErrors.Count > 0)
        {
            return (null, pricingErrors);
        }

        order.Place(now);
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        var errors = new List<UserError>();
        for (var i = 0; i < order.Lines.Count; i++)
        {
            var line = order.Lines[i];
            if (await db.ReserveAsync(line.VariantId!.Value, line.Quantity, order.Id, IdempotentMutation.SubjectOf(caller), ct) is null)
            {
                var available = await db.AvailableAsync(line.VariantId.Value, ct);
                errors.Add(LineError(UserErrorCode.OutOfStock,
                    $"Only {Math.Max(0, available)} unit(s) of {line.Sku} are available; {line.Quantity} were asked for.", request.LinesField, i, "quantity"));
            }
        }

        return errors.Count > 0 ? (null, errors) : (order, []);
    }

    private static UserError LineError(UserErrorCode code, string message, string? linesField, int index, string leaf) =>
        linesField is null ? new UserError(code, message) : UserError.At(code, message, linesField, $"{index}", leaf);

    private static OrderLine Snapshot(ProductVariant variant, PlacementLine line) => new()
    {
        VariantId = variant.Id, ProductId = variant.ProductId, VendorId = variant.Product!.VendorId,
        Sku = variant.Sku, ProductName = variant.Product.Name, VariantName = variant.Name,
        Quantity = line.Quantity, UnitPriceMinorUnits = line.AgreedUnitPriceMinorUnits ?? variant.PriceMinorUnits,
        DiscountMinorUnits = line.DiscountMinorUnits,
    };
}
