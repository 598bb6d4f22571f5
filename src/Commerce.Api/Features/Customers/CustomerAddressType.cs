using Commerce.Api.Auth;
using Commerce.Api.Features.Common;
using Commerce.Api.Graph;
using Commerce.Domain.Customers;
using Commerce.GraphQL.Server.Authorization;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Customers;

/// <summary>The graph's view of a <see cref="CustomerAddress"/>, one entry of a customer's address book.</summary>
public sealed class CustomerAddressType : ObjectGraphType<CustomerAddress>
{
    public const string TypeName = "CustomerAddress";

    public CustomerAddressType()
    {
        Name = TypeName;
        Description = "An entry in a customer's address book. Orders keep their own copies, so editing it never changes history.";
        this.ImplementsNode(TypeName, a => a.Id);
        this.RequireScopes(Scopes.ReadCustomers, Scopes.Customer);
        Field<NonNullGraphType<AddressType>>("address").Description("The postal address.").Resolve(ctx => ctx.Source.Address);
        Field(a => a.IsDefaultShipping).Description("Whether this is the default shipping address.");
        Field(a => a.IsDefaultBilling).Description("Whether this is the default billing address.");
        Field<NonNullGraphType<CustomerType>>("customer").Description("The customer whose address book this is.")
            .Resolve(ctx => ctx.LoadById<Customer>(ctx.Source.CustomerId));
    }
}
