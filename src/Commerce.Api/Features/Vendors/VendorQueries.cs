using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors;

/// <summary>Root fields: <c>vendors</c> and <c>vendor(id:|slug:)</c>.</summary>
public static class VendorQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<VendorType, Vendor>("vendors", "Vendors of the marketplace.", Ordering<Vendor>.By("id", v => v.Id))
            .Filter<VendorFilterInputType>()
            .Sort<VendorSortInputType>()
            .Resolve((ctx, scope) => VendorVisibility.Filter(ctx.Caller(), scope.Db(ctx).Vendors.AsNoTracking()))
            .AllowPublic();

        query.LookupField<VendorType, Vendor>("vendor", VendorType.TypeName, "One vendor.",
            ("slug", "The vendor's handle."), slug => v => v.Slug == slug)
            .AllowPublic();
    }
}
