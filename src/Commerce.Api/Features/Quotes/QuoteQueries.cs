using Commerce.Api.Auth;
using Commerce.Api.Graph;
using Commerce.Domain.Customers;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Authorization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Quotes;

/// <summary>Root fields <c>quotes</c> and <c>quote(id:|number:)</c>, and <c>Customer.quotes</c>.</summary>
public static class QuoteQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.AddQuotes("All quotes.", (ctx, scope) => scope.Db(ctx).Quotes.AsNoTracking())
            .RequireScopes(Scopes.ReadQuotes);

        query.LookupField<QuoteType, Quote>("quote", QuoteType.TypeName, "One quote.",
            ("number", "The human-facing quote number, e.g. \"Q-2042\"."), number => q => q.Number == number)
            .RequireScopes(Scopes.ReadQuotes, Scopes.Customer, Scopes.Vendor);
    }

    /// <summary>Adds <c>quotes</c> to the customer type (a connection inside a list runs one query per customer).</summary>
    public static void AddToCustomer(ObjectGraphType<Customer> customer) =>
        customer.AddQuotes("The customer's quotes (a connection inside a list runs one query per customer).", (ctx, scope) =>
        {
            var customerId = ((Customer)ctx.Source!).Id;
            return scope.Db(ctx).Quotes.AsNoTracking().Where(q => q.CustomerId == customerId);
        }).RequireScopes(Scopes.ReadQuotes, Scopes.Customer);
}
