using Commerce.Api.Auth;
using Commerce.Api.Features.Common;
using Commerce.Api.Features.Orders;
using Commerce.Api.Features.Quotes;
using Commerce.Api.Graph;
using Commerce.Domain.Customers;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Relay;
using Commerce.GraphQL.Server.Cost;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Customers;

/// <summary>The graph's view of a <see cref="Customer"/>: profile, address book, orders and order aggregates.</summary>
public sealed class CustomerType : ObjectGraphType<Customer>
{
    public const string TypeName = "Customer";

    public CustomerType()
    {
        Name = TypeName;
        Description = "A person or company that places orders and requests quotes.";
        this.ImplementsNode(TypeName, c => c.Id);
        this.RequireScopes(Scopes.ReadCustomers, Scopes.Customer);
        Field(c => c.Email).Description("The customer's unique email, lower-case.");
        Field(c => c.FirstName).Description("First name.");
        Field(c => c.LastName).Description("Last name.");
        Field<NonNullGraphType<StringGraphType>>("fullName").Description("First and last name.")
            .Resolve(ctx => $"{ctx.Source.FirstName} {ctx.Source.LastName}");
        Field(c => c.Company, nullable: true).Description("Company name for business customers.");
        Field(c => c.Phone, nullable: true).Description("Contact phone number.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags")
            .Description("Free-form labels, e.g. \"vip\", \"wholesale\". Staff only (`read:customers`).").Resolve(ctx => ctx.Source.Tags)
            .RequireScopes(Scopes.ReadCustomers);
        Field(c => c.AcceptsMarketing).Description("Whether the customer agreed to marketing email.");
        Field(c => c.CreatedAt).Description("When the customer registered (UTC).");
        Field(c => c.UpdatedAt).Description("When the customer was last changed (UTC).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CustomerAddressType>>>>("addresses").WithListSize(5)
            .Description("The customer's address book.")
            .Resolve(ctx => ctx.Loader<CustomerAddressesByCustomerIdLoader>().LoadAsync(ctx.Source.Id));
        Field<CustomerAddressType>("defaultShippingAddress").Description("The address book entry used for shipping by default, if any.")
            .Resolve(ctx => ctx.Loader<CustomerAddressesByCustomerIdLoader>().LoadAsync(ctx.Source.Id).Then(a => a.FirstOrDefault(x => x.IsDefaultShipping)));
        Field<CustomerAddressType>("defaultBillingAddress").Description("The address book entry used for billing by default, if any.")
            .Resolve(ctx => ctx.Loader<CustomerAddressesByCustomerIdLoader>().LoadAsync(ctx.Source.Id).Then(a => a.FirstOrDefault(x => x.IsDefaultBilling)));
        this.AddOrders("orders", "The customer's orders (a connection inside a list runs one query per customer).",
            (ctx, scope) =>
            {
                var customerId = ((Customer)ctx.Source!).Id;
                return scope.Db(ctx).Orders.AsNoTracking().Where(o => o.CustomerId == customerId);
            });
        QuoteQueries.AddToCustomer(this);
        Field<NonNullGraphType<IntGraphType>>("orderCount").Description("How many orders the customer placed, cancelled ones included.")
            .Resolve(ctx => ctx.Loader<CustomerOrderTotalsByCustomerIdLoader>().LoadAsync(ctx.Source.Id).Then(t => (t ?? CustomerOrderTotals.None).OrderCount));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyType>>>>("totalSpent").WithListSize(3)
            .Description("What the customer's non-cancelled orders add up to: one amount per currency they bought in, largest first; empty when there are none.")
            .Resolve(ctx => ctx.Loader<CustomerOrderTotalsByCustomerIdLoader>().LoadAsync(ctx.Source.Id).Then(t => (object?)(t ?? CustomerOrderTotals.None).TotalSpent));
    }
}
