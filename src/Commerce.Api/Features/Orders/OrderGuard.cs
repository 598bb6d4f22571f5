using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Orders;

/// <summary>An order loaded for a change, with its ledger, or the user error that stops the change.</summary>
public sealed record GuardedOrder(Order? Order, PaymentLedger? Ledger, MutationOutcome? Refusal);

/// <summary>
/// The checks every order-changing mutation makes, in order: the order exists and the caller may act on it
/// (<see cref="OrderVisibility.CanChange"/>; another customer's order, or another order than a guest token's, is
/// NOT_FOUND, like an unknown one), <c>expectedVersion</c> matches (VERSION_CONFLICT), and the
/// state machine allows the action (ILLEGAL_TRANSITION with the reason).
/// </summary>
public static class OrderGuard
{
    public static async Task<GuardedOrder> LoadAsync(
        CommerceDbContext db, Caller caller, string orderId, int? expectedVersion, OrderAction action, CancellationToken ct)
    {
        var id = GlobalId.DecodeInt(orderId, OrderType.TypeName);
        var order = await db.Orders.Include(o => o.Lines.OrderBy(l => l.Id)).Include(o => o.Payments).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (order is null || !OrderVisibility.CanChange(caller, order))
        {
            return Refuse(MutationOutcome.Refused(UserError.At(UserErrorCode.NotFound, "No such order.", "orderId")));
        }

        if (expectedVersion is { } expected && expected != order.Version)
        {
            return Refuse(MutationOutcome.RefusedOn(order.Id, UserError.At(UserErrorCode.VersionConflict,
                $"The order is at version {order.Version}, not {expected}: someone changed it. Reload it and retry.", "expectedVersion")));
        }

        var ledger = new PaymentLedger(order.Payments);
        var transition = order.Check(action, ledger);
        return transition.Allowed
            ? new GuardedOrder(order, ledger, null)
            : Refuse(MutationOutcome.RefusedOn(order.Id, new UserError(UserErrorCode.IllegalTransition, transition.Reason!)));
    }

    private static GuardedOrder Refuse(MutationOutcome outcome) => new(null, null, outcome);
}
