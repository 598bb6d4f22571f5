using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Customers;

namespace Commerce.Api.Features.Customers;

public static class CustomersFeature
{
    public static IServiceCollection AddCustomersFeature(this IServiceCollection services) => services
        .AddEntityNode<Customer>(CustomerType.TypeName, (caller, c) => caller.Has(Scopes.ReadCustomers) || caller.CustomerId == c.Id)
        .AddEntityNode<CustomerAddress>(CustomerAddressType.TypeName, (caller, a) => caller.Has(Scopes.ReadCustomers) || caller.CustomerId == a.CustomerId)
        .AddScoped<CustomerAddressesByCustomerIdLoader>()
        .AddScoped<CustomerOrderTotalsByCustomerIdLoader>();
}
