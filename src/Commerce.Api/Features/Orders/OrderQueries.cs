using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Orders;

/// <summary>Root fields: <c>orders</c> and <c>order(id:|number:)</c>.</summary>
public static class OrderQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.AddOrders("orders", "All orders of the shop.", (ctx, scope) => scope.Db(ctx).Orders.AsNoTracking())
            .RequireScopes(Scopes.ReadOrders);

        query.LookupField<OrderType, Order>("order", OrderType.TypeName, "One order.",
            ("number", "The human-facing order number, e.g. \"CG-100042\"."), number => o => o.Number == number)
            .RequireScopes(Scopes.ReadOrders, Scopes.Customer, Scopes.Guest);
    }
}
