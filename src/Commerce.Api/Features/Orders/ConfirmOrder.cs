using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Orders;
using GraphQL;

namespace Commerce.Api.Features.Orders;

/// <summary>confirmOrder: the shop accepts a placed order.</summary>
public static class ConfirmOrderHandler
{
    public static Task<MutationOutcome> HandleAsync(IResolveFieldContext context, OrderChangeInput input) =>
        IdempotentMutation.RunAsync(context, "confirmOrder", null, input, async (db, caller, ct) =>
        {
            var guarded = await OrderGuard.LoadAsync(db, caller, input.OrderId, input.ExpectedVersion, OrderAction.Confirm, ct);
            if (guarded.Order is not { } order)
            {
                return (guarded.Refusal!, false);
            }

            order.Confirm(DateTime.UtcNow);
            await db.SaveChangesAsync(ct);
            return (MutationOutcome.Success(order.Id), true);
        });
}
