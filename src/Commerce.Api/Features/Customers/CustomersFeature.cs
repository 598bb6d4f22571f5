using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Customers;

namespace Commerce.Api.Features.Customers;

public static class CustomersFeature
{
    public static IServiceCollection AddCustomersFeature(this IServiceCollection services) => services
        .AddEntityNode<Customer>(CustomerType.TypeName)
        .AddEntityNode<CustomerAddress>(CustomerAddressType.TypeName)
        .AddScoped<CustomerAddressesByCustomerIdLoader>()
        .AddScoped<CustomerOrderTotalsByCustomerIdLoader>();
}
