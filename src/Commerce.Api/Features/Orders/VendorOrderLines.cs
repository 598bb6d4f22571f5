using Commerce.Api.Auth;
using Commerce.Api.Features.Vendors;
using Commerce.Api.Graph;
using Commerce.Domain.Orders;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Orders;

/// <summary>Adds <c>Vendor.orderLines</c>: the sales attributed to a vendor, kept in the Orders feature.</summary>
public static class VendorOrderLines
{
    public static void AddTo(ObjectGraphType<Vendor> vendor) =>
        vendor.Connection<OrderLineType, OrderLine>("orderLines",
                "Order lines attributed to the vendor, for staff (`read:orders`) and the vendor's own users (a connection inside a list runs one query per vendor).",
                Ordering<OrderLine>.By("id", l => l.Id))
            .Filter<OrderLineFilterInputType>()
            .Sort<OrderLineSortInputType>()
            .Resolve((ctx, scope) =>
            {
                var vendorId = VendorVisibility.EnsureOwnOrStaff(ctx, (Vendor)ctx.Source!, Scopes.ReadOrders).Id;
                return scope.Db(ctx).OrderLines.AsNoTracking().Where(l => l.VendorId == vendorId);
            })
            .RequireScopes(Scopes.ReadOrders, Scopes.Vendor);
}
