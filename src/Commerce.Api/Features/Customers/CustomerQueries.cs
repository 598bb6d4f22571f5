using System.Linq.Expressions;
using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Customers;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Paging;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Customers;

/// <summary>Root fields: <c>customers</c> and <c>customer(id:|email:)</c>.</summary>
public static class CustomerQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<CustomerType, Customer>("customers", "The shop's customers.", Ordering<Customer>.By("id", c => c.Id))
            .Filter<CustomerFilterInputType>()
            .Sort<CustomerSortInputType>()
            .Resolve((ctx, scope) => scope.Db(ctx).Customers.AsNoTracking())
            .RequireScopes(Scopes.ReadCustomers);

        query.LookupField<CustomerType, Customer>("customer", CustomerType.TypeName, "One customer.",
            ("email", "The customer's email (case-insensitive)."), email => CustomerByEmail(email))
            .RequireScopes(Scopes.ReadCustomers);
    }

    private static Expression<Func<Customer, bool>> CustomerByEmail(string email)
    {
        var lowered = email.ToLowerInvariant();
        return c => c.Email == lowered;
    }
}
