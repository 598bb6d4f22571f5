using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Inventory;
using Commerce.Domain.Fulfillments;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Inventory;
using GraphQL;

namespace Commerce.Api.Features.Orders;

/// <summary>
/// createFulfillment: ships some or all of the unshipped units from the warehouse that holds their reservation;
/// the reserved units leave stock (on hand and reserved both drop) and the order's fulfillment facet moves on.
/// </summary>
public static class CreateFulfillmentHandler
{
    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, CreateFulfillmentInput input) =>
        IdempotentMutation.RunAsync(context, "createFulfillment", input.IdempotencyKey, input with { IdempotencyKey = null }, async (db, caller, ct) =>
        {
            var guarded = await OrderGuard.LoadAsync(db, caller, input.OrderId, input.ExpectedVersion, OrderAction.Fulfill, ct);
            if (guarded.Order is not { } order)
            {
                return (guarded.Refusal!, false);
            }

            var (shipped, errors) = Plan(order, input);
            var reservations = await db.ReservationsOfAsync(order.Id, ct);
            var warehouseId = input.WarehouseId is { } w ? GlobalId.DecodeInt(w, WarehouseType.TypeName)
                : reservations.Select(r => (int?)r.WarehouseId).FirstOrDefault();
            var actor = IdempotentMutation.SubjectOf(caller);
            foreach (var line in order.Lines.Where(l => shipped.GetValueOrDefault(l.Id) > 0))
            {
                if (warehouseId is not { } from || !await db.ShipReservedAsync(line.VariantId!.Value, from, shipped[line.Id], order.Id, actor, ct))
                {
                    var held = reservations.Where(r => r.VariantId == line.VariantId).Select(r => $"{r.Quantity} in warehouse {GlobalId.Encode(WarehouseType.TypeName, r.WarehouseId)}");
                    errors.Add(UserError.At(UserErrorCode.InvalidValue,
                        $"{line.Sku}: {shipped[line.Id]} unit(s) are not reserved in that warehouse (reserved: {string.Join(", ", held.DefaultIfEmpty("none"))}).", "warehouseId"));
                }
            }

            if (errors.Count > 0)
            {
                return (MutationOutcome.RefusedOn(order.Id, [.. errors]), false);
            }

            var now = DateTime.UtcNow;
            var fulfillment = new Fulfillment
            {
                OrderId = order.Id, WarehouseId = warehouseId!.Value, State = FulfillmentState.Shipped, Carrier = input.Carrier,
                TrackingNumber = input.TrackingNumber, CreatedAt = now, ShippedAt = now,
                Lines = [.. shipped.Where(s => s.Value > 0).Select(s => new FulfillmentLine { OrderLineId = s.Key, Quantity = s.Value })],
            };
            db.Fulfillments.Add(fulfillment);
            order.RecordFulfillment(shipped, now);
            await db.SaveChangesAsync(ct);
            return (MutationOutcome.Success(order.Id, fulfillment.Id), true);
        });

    /// <summary>Units to ship per order line: the listed lines, or everything unshipped when no lines are listed.</summary>
    private static (Dictionary<int, int> Shipped, List<UserError> Errors) Plan(Order order, CreateFulfillmentInput input)
    {
        var errors = new List<UserError>();
        if (input.Lines is not { Count: > 0 } lines)
        {
            return (order.Lines.ToDictionary(l => l.Id, l => l.Quantity - l.FulfilledQuantity), errors);
        }

        var shipped = new Dictionary<int, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var id = GlobalId.DecodeInt(lines[i].OrderLineId, OrderLineType.TypeName);
            var line = order.Lines.FirstOrDefault(l => l.Id == id);
            var open = line is null ? 0 : line.Quantity - line.FulfilledQuantity - shipped.GetValueOrDefault(id);
            if (line is null)
            {
                errors.Add(UserError.At(UserErrorCode.NotFound, "The order has no such line.", "lines", $"{i}", "orderLineId"));
            }
            else if (lines[i].Quantity < 1 || lines[i].Quantity > open)
            {
                errors.Add(UserError.At(UserErrorCode.QuantityOutOfRange, $"{line.Sku}: between 1 and {open} unit(s) are left to ship.", "lines", $"{i}", "quantity"));
            }
            else
            {
                shipped[id] = shipped.GetValueOrDefault(id) + lines[i].Quantity;
            }
        }

        return (shipped, errors);
    }
}
