using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Vendors;

namespace Commerce.Api.Features.Vendors;

public static class VendorsFeature
{
    public static IServiceCollection AddVendorsFeature(this IServiceCollection services) =>
        services.AddEntityNode<Vendor>(VendorType.TypeName, VendorVisibility.CanSee);
}
