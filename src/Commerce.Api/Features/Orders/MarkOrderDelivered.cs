using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Fulfillments;
using Commerce.Domain.Orders;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Orders;

/// <summary>markOrderDelivered: every shipment of a fully fulfilled order has arrived.</summary>
public static class MarkOrderDeliveredHandler
{
    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, OrderChangeInput input) =>
        IdempotentMutation.RunAsync(context, "markOrderDelivered", null, input, async (db, caller, ct) =>
        {
            var guarded = await OrderGuard.LoadAsync(db, caller, input.OrderId, input.ExpectedVersion, OrderAction.MarkDelivered, ct);
            if (guarded.Order is not { } order)
            {
                return (guarded.Refusal!, false);
            }

            var now = DateTime.UtcNow;
            order.MarkDelivered(now);
            await db.Fulfillments.Where(f => f.OrderId == order.Id && f.State == FulfillmentState.Shipped)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.State, FulfillmentState.Delivered).SetProperty(f => f.DeliveredAt, now), ct);
            await db.SaveChangesAsync(ct);
            return (MutationOutcome.Success(order.Id), true);
        });
}
