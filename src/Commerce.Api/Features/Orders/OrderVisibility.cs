using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.DataLoader;
using GraphQL;
using GraphQL.DataLoader;

namespace Commerce.Api.Features.Orders;

/// <summary>
/// Who may see an order and what hangs off it: staff holding <c>read:orders</c>, the customer who placed it, and a
/// guest holding that order's access token. A vendor user sees the lines attributed to their vendor, never the order
/// around them.
/// </summary>
public static class OrderVisibility
{
    public static bool CanSee(Caller caller, Order order) => caller.Has(Scopes.ReadOrders) || IsOwn(caller, order);

    /// <summary>
    /// Whether the caller may act on the order (the mutations' scopes say which actions): staff holding
    /// <c>write:orders</c>, the customer who placed it, a guest holding its access token.
    /// </summary>
    public static bool CanChange(Caller caller, Order order) => caller.Has(Scopes.WriteOrders) || IsOwn(caller, order);

    public static IDataLoaderResult<bool> CanSeeLine(IResolveFieldContext context, Caller caller, OrderLine line) =>
        caller.VendorId is { } vendorId && line.VendorId == vendorId
            ? DataLoaderResults.FromValue(true)
            : CanSeeOrder(context, caller, line.OrderId);

    /// <summary>For rows that belong to an order (lines, payments, fulfillments): visible when the order is.</summary>
    public static IDataLoaderResult<bool> CanSeeOrder(IResolveFieldContext context, Caller caller, int orderId)
    {
        if (caller.Has(Scopes.ReadOrders))
        {
            return DataLoaderResults.FromValue(true);
        }

        // A guest token names its order: no need to load it.
        if (caller.OrderId is { } guestOrderId)
        {
            return DataLoaderResults.FromValue(orderId == guestOrderId);
        }

        return caller.CustomerId is null
            ? DataLoaderResults.FromValue(false)
            : context.LoadById<Order>(orderId).Then(order => order is not null && CanSee(caller, order));
    }

    private static bool IsOwn(Caller caller, Order order) =>
        (caller.CustomerId is { } customerId && order.CustomerId == customerId) || caller.OrderId == order.Id;
}
