using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Customers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Api.Features.Customers;

public static class CustomersFeature
{
    public static IServiceCollection AddCustomersFeature(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services
            .AddEntityNode<Customer>(CustomerType.TypeName, (caller, c) => caller.Has(Scopes.ReadCustomers) || caller.CustomerId == c.Id)
            .AddEntityNode<CustomerAddress>(CustomerAddressType.TypeName, (caller, a) => caller.Has(Scopes.ReadCustomers) || caller.CustomerId == a.CustomerId)
            .AddScoped<CustomerAddressesByCustomerIdLoader>()
            .AddScoped<CustomerOrderTotalsByCustomerIdLoader>()
            .AddScoped<CreateCustomerHandler>()
            .AddScoped<UpdateCustomerHandler>()
            .AddScoped<AddCustomerAddressHandler>()
            .AddScoped<UpdateCustomerAddressHandler>()
            .AddScoped<RemoveCustomerAddressHandler>();
    }
}
