using Commerce.Api.Graph;
using Commerce.Domain.Orders;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Orders;

/// <summary>Adds <c>Vendor.orderLines</c>: the sales attributed to a vendor, kept in the Orders feature.</summary>
public static class VendorOrderLines
{
    public static void AddTo(ObjectGraphType<Vendor> vendor) =>
        vendor.Connection<OrderLineType, OrderLine>("orderLines",
                "Order lines attributed to the vendor (a connection inside a list runs one query per vendor).",
                Ordering<OrderLine>.By("id", l => l.Id))
            .Filter<OrderLineFilterInputType>()
            .Sort<OrderLineSortInputType>()
            .Resolve((ctx, scope) =>
            {
                var vendorId = ((Vendor)ctx.Source!).Id;
                return scope.Db(ctx).OrderLines.AsNoTracking().Where(l => l.VendorId == vendorId);
            });
}
