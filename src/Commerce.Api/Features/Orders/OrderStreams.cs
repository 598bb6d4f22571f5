using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Live;
using Commerce.Api.Features.Vendors;
using Commerce.Api.Graph;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Errors;
using GraphQL;

namespace Commerce.Api.Features.Orders;

/// <summary>The event selections behind the order subscriptions, and their subscribe-time checks.</summary>
public static class OrderStreams
{
    /// <summary>The order of <c>orderId</c>, checked with the same row rule as the <c>order</c> query.</summary>
    public static async Task<Order> EnsureVisibleAsync(IResolveFieldContext context)
    {
        var orderId = context.GetIdArgument("orderId", OrderType.TypeName);
        // Checked in a scope of its own: the operation's scope lives as long as the subscription, and the database
        // context leased for this one read would stay out of the pool (and in memory) for all that time.
        await using var scope = context.RequestServices!.CreateAsyncScope();
        var check = new ResolveFieldContext(context) { RequestServices = scope.ServiceProvider };
        return await check.LoadVisibleById<Order>(orderId).GetResultAsync(context.CancellationToken)
            ?? throw new GraphQLServerError("No order with this id exists, or it is not yours to watch.", LiveEventErrors.NotFound);
    }

    public static GraphQLServerError CustomersOnly() => new("Only a signed-in customer has orders of their own.", AccessErrorCodes.Forbidden);

    /// <summary>The vendor to filter by: the argument for staff, the caller's own vendor for a vendor user.</summary>
    public static int? VendorFilter(IResolveFieldContext context)
    {
        var caller = context.Caller();
        var requested = context.HasArgument("vendorId") && context.GetArgument<string?>("vendorId") is not null
            ? context.GetIdArgument("vendorId", VendorType.TypeName)
            : (int?)null;
        if (caller.Has(Scopes.ReadOrders))
        {
            return requested;
        }

        return caller.VendorId is { } own && (requested is null || requested == own)
            ? own
            : throw new GraphQLServerError("A vendor user may watch only their own vendor's orders.", AccessErrorCodes.Forbidden);
    }

    public static LiveQuery OfOrder(int orderId) => new(
        db => db.OutboxMessages.Where(m => m.AggregateType == OrderEvent.AggregateType && m.AggregateId == orderId),
        e => e.AggregateType == OrderEvent.AggregateType && e.AggregateId == orderId);

    public static LiveQuery OfCustomer(int customerId) => new(
        db => db.OutboxMessages.Where(m => m.AggregateType == OrderEvent.AggregateType
            && db.Orders.Any(o => o.Id == m.AggregateId && o.CustomerId == customerId)),
        e => e.AggregateType == OrderEvent.AggregateType,
        CheckStored: true);

    /// <summary>Placements (<paramref name="placed"/>) or every later change, optionally of one vendor and some statuses.</summary>
    public static LiveQuery OfShop(bool placed, int? vendorId, IReadOnlyCollection<OrderStatus>? statuses) => new(
        db => db.OutboxMessages.Where(m => m.AggregateType == OrderEvent.AggregateType
            && (m.Type == OrderEvents.Created) == placed
            && (vendorId == null || db.OrderLines.Any(l => l.OrderId == m.AggregateId && l.VendorId == vendorId))),
        e => e.AggregateType == OrderEvent.AggregateType && (e.Type == OrderEvents.Created) == placed
            && (statuses is not { Count: > 0 } || statuses.Contains(OrderEvent.From(e).State.Status)),
        CheckStored: vendorId is not null);
}
