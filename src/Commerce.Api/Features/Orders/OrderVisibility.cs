using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.DataLoader;
using GraphQL;
using GraphQL.DataLoader;

namespace Commerce.Api.Features.Orders;

/// <summary>
/// Who may see an order and what hangs off it: staff holding <c>read:orders</c>, and the customer who placed it.
/// A vendor user sees the lines attributed to their vendor, never the order around them.
/// </summary>
public static class OrderVisibility
{
    public static bool CanSee(Caller caller, Order order) =>
        caller.Has(Scopes.ReadOrders) || (caller.CustomerId is { } customerId && order.CustomerId == customerId);

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

        return caller.CustomerId is null
            ? DataLoaderResults.FromValue(false)
            : context.LoadById<Order>(orderId).Then(order => order is not null && CanSee(caller, order));
    }
}
