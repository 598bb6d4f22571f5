using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Paging;
using GraphQL;
using GraphQL.Types;

namespace Commerce.Api.Features.Orders;

/// <summary>
/// The one definition of an order list (filter, sort, newest-first default) behind both the root <c>orders</c> and
/// <c>Customer.orders</c>, so the two can never drift apart.
/// </summary>
public static class OrderConnection
{
    /// <summary>Newest first, as shops expect; the id breaks ties between orders placed in the same instant.</summary>
    public static readonly Ordering<Order> NewestFirst =
        Ordering<Order>.By("placedAt", o => o.PlacedAt, descending: true).ThenBy("id", o => o.Id, descending: true);

    public static FieldType AddOrders(this IObjectGraphType type, string name, string description,
        Func<IResolveFieldContext, QueryScope, IQueryable<Order>> query) =>
        type.Connection<OrderType, Order>(name, $"{description} Newest first unless `order` says otherwise.", NewestFirst)
            .Filter<OrderFilterInputType>()
            .Sort<OrderSortInputType>()
            .Resolve(query);
}
