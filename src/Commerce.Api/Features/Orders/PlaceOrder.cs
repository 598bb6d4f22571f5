using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Persistence;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Orders;

/// <summary>
/// placeOrder: validates the input, prices it from the catalogue and the rates tables (<see cref="OrderQuote"/>),
/// saves the order with a price snapshot per line and reserves stock, all in one transaction. Any refusal rolls
/// everything back.
/// </summary>
public static class PlaceOrderHandler
{
    public const int MaxQuantityPerLine = 100;

    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, PlaceOrderInput input) =>
        IdempotentMutation.RunAsync(context, "placeOrder", input.IdempotencyKey, input with { IdempotencyKey = null },
            (db, caller, ct) => PlaceAsync(db, caller, input, ct));

    private static async Task<(MutationOutcome, bool)> PlaceAsync(CommerceDbContext db, Caller caller, PlaceOrderInput input, CancellationToken ct)
    {
        var errors = new List<UserError>();
        var variantIds = ValidateLines(input.Lines, errors);
        var (customerId, email, buyerError) = await OrderBuyer.ResolveAsync(db, caller, input, ct);
        errors.AddRange(buyerError is null ? [] : [buyerError]);
        var shipTo = Validate(input.ShippingAddress, "shippingAddress", errors);
        var billTo = input.BillingAddress is null ? shipTo : Validate(input.BillingAddress, "billingAddress", errors);
        var variants = await db.ProductVariants.AsNoTracking().Include(v => v.Product)
            .Where(v => variantIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        for (var i = 0; i < variantIds.Length; i++)
        {
            if (!variants.TryGetValue(variantIds[i], out var v) || v.Product!.Status != ProductStatus.Active)
            {
                errors.Add(UserError.At(UserErrorCode.VariantUnavailable, $"Variant {input.Lines[i].VariantId} is not for sale.", "lines", $"{i}", "variantId"));
            }
        }

        if (errors.Count > 0)
        {
            return (MutationOutcome.Refused([.. errors]), false);
        }

        var now = DateTime.UtcNow;
        var order = new Order
        {
            Number = $"CG-{now:yyMMdd}-{Convert.ToHexString(Guid.NewGuid().ToByteArray())[..8]}",
            CustomerId = customerId, Email = email!, Currency = variants[variantIds[0]].Currency,
            ShippingAddress = shipTo, BillingAddress = billTo, Note = input.Note, SourceChannel = SalesChannel.Api,
            Lines = [.. input.Lines.Select((l, i) => Snapshot(variants[variantIds[i]], l.Quantity))],
        };
        var quoteErrors = await OrderQuote.PriceAsync(db, order, input.ShippingMethod, input.DiscountCode, now, ct);
        if (quoteErrors.Count > 0)
        {
            return (MutationOutcome.Refused([.. quoteErrors]), false);
        }

        order.Place(now);
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < order.Lines.Count; i++)
        {
            var line = order.Lines[i];
            if (await db.ReserveAsync(line.VariantId!.Value, line.Quantity, order.Id, IdempotentMutation.SubjectOf(caller), ct) is null)
            {
                var available = await db.AvailableAsync(line.VariantId.Value, ct);
                errors.Add(UserError.At(UserErrorCode.OutOfStock,
                    $"Only {Math.Max(0, available)} unit(s) of {line.Sku} are available; {line.Quantity} were asked for.", "lines", $"{i}", "quantity"));
            }
        }

        return errors.Count > 0 ? (MutationOutcome.Refused([.. errors]), false) : (MutationOutcome.Success(order.Id), true);
    }

    private static int[] ValidateLines(IReadOnlyList<OrderLineInput> lines, List<UserError> errors)
    {
        if (lines.Count == 0)
        {
            errors.Add(UserError.At(UserErrorCode.EmptyLines, "An order needs at least one line.", "lines"));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Quantity is < 1 or > MaxQuantityPerLine)
            {
                errors.Add(UserError.At(UserErrorCode.QuantityOutOfRange, $"Quantity must be between 1 and {MaxQuantityPerLine}.", "lines", $"{i}", "quantity"));
            }
        }

        return [.. lines.Select(l => GlobalId.DecodeInt(l.VariantId, ProductVariantType.TypeName))];
    }

    private static Address? Validate(Common.AddressInput? input, string field, List<UserError> errors)
    {
        if (input is null)
        {
            errors.Add(UserError.At(UserErrorCode.InvalidAddress, $"A {field} is required.", field));
            return null;
        }

        var (address, addressErrors) = input.Validate(field);
        errors.AddRange(addressErrors);
        return address;
    }

    private static OrderLine Snapshot(ProductVariant variant, int quantity) => new()
    {
        VariantId = variant.Id, ProductId = variant.ProductId, VendorId = variant.Product!.VendorId,
        Sku = variant.Sku, ProductName = variant.Product.Name, VariantName = variant.Name,
        Quantity = quantity, UnitPriceMinorUnits = variant.PriceMinorUnits,
    };
}
