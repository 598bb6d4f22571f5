using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Vendors.Economics;

namespace Commerce.Api.Features.Vendors.Economics;

public static class EconomicsFeature
{
    /// <summary>Commission and payout handlers; payout statements are nodes for staff and the vendor's own users.</summary>
    public static IServiceCollection AddEconomics(this IServiceCollection services) => services
        .AddEntityNode<PayoutStatement>(PayoutStatementType.TypeName, (caller, s) => caller.Has(Scopes.ReadVendors) || caller.VendorId == s.VendorId)
        .AddScoped<SetVendorCommissionHandler>()
        .AddScoped<SetCategoryCommissionRateHandler>();
}
