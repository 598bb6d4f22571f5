using Commerce.Api.Auth;
using Commerce.Api.Features.Customers;
using Commerce.Api.Features.Vendors;
using Commerce.Api.Graph;
using Commerce.Domain.Customers;
using Commerce.Domain.Identity;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Identity;

/// <summary>Root fields: <c>me</c>, <c>myVendor</c> and <c>apiKeys</c>.</summary>
public static class IdentityQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<CustomerType>("me")
            .Description("The signed-in customer (with their orders, addresses and quotes); null for any other caller.")
            .RequireScopes(Scopes.Customer)
            .Resolve(ctx => ctx.LoadById<Customer>(Caller.From(ctx.User).CustomerId));

        query.Field<VendorType>("myVendor")
            .Description("The vendor the signed-in vendor user acts for (its products, order lines and earnings); null for any other caller.")
            .RequireScopes(Scopes.Vendor)
            .Resolve(ctx => ctx.LoadById<Vendor>(Caller.From(ctx.User).VendorId));

        query.Connection<ApiKeyType, ApiKey>("apiKeys", "The API keys, revoked ones included, oldest first.", Ordering<ApiKey>.By("id", k => k.Id))
            .Resolve((ctx, scope) => scope.Db(ctx).ApiKeys.AsNoTracking())
            .RequireScopes(Scopes.Admin);
    }
}
