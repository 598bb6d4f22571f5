using Commerce.Api.Features.Common.Loading;
using Commerce.Api.Features.Vendors.Economics;
using Commerce.Domain.Vendors;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Api.Features.Vendors;

public static class VendorsFeature
{
    public static IServiceCollection AddVendorsFeature(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services
            .AddEntityNode<Vendor>(VendorType.TypeName, VendorVisibility.CanSee)
            .AddScoped<RegisterVendorHandler>()
            .AddScoped<ChangeVendorStatusHandler>()
            .AddEconomics();
    }
}
