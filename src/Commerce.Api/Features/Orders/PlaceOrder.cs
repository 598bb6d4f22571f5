using Commerce.Api.Auth;
using Commerce.Api.Features.Catalog;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Common;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Persistence;
using GraphQL;

namespace Commerce.Api.Features.Orders;

/// <summary>
/// placeOrder: validates the input and resolves the buyer, then places the order through <see cref="OrderPlacement"/>
/// at catalogue prices, all in one transaction. Any refusal rolls everything back.
/// </summary>
public static class PlaceOrderHandler
{
    public const int MaxQuantityPerLine = 100;

    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, PlaceOrderInput input) =>
        IdempotentMutation.RunAsync(context, "placeOrder", input.IdempotencyKey, input with { IdempotencyKey = null },
            (db, caller, ct) => PlaceAsync(db, caller, input, ct));

    /// <summary>
    /// placeOrder's unit of work inside the caller's transaction (roll back unless Commit); also how a marketplace
    /// webhook places its orders (<paramref name="channel"/>, <paramref name="externalId"/>), under the same rules.
    /// </summary>
    internal static async Task<(MutationOutcome Outcome, bool Commit)> PlaceAsync(
        CommerceDbContext db, Caller caller, PlaceOrderInput input, CancellationToken ct,
        Domain.Orders.SalesChannel channel = Domain.Orders.SalesChannel.Api, string? externalId = null)
    {
        var errors = new List<UserError>();
        var variantIds = ValidateLines(input.Lines, errors);
        var (customerId, email, buyerError) = await OrderBuyer.ResolveAsync(db, caller, input, ct);
        errors.AddRange(buyerError is null ? [] : [buyerError]);
        var shipTo = Validate(input.ShippingAddress, "shippingAddress", errors);
        var billTo = input.BillingAddress is null ? shipTo : Validate(input.BillingAddress, "billingAddress", errors);
        var variants = await OrderPlacement.LoadVariantsAsync(db, variantIds, "lines", errors, ct);
        if (errors.Count > 0)
        {
            return (MutationOutcome.Refused([.. errors]), false);
        }

        var request = new PlacementRequest(customerId, email!, [.. input.Lines.Select((l, i) => new PlacementLine(variantIds[i], l.Quantity))],
            shipTo!, billTo!, input.ShippingMethod, input.DiscountCode, input.Note, "lines", channel, externalId);
        var (order, placementErrors) = await OrderPlacement.PlaceAsync(db, caller, request, variants, DateTime.UtcNow, ct);
        return order is null ? (MutationOutcome.Refused([.. placementErrors]), false) : (MutationOutcome.Success(order.Id), true);
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
}
