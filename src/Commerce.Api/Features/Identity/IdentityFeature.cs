using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Identity;

namespace Commerce.Api.Features.Identity;

public static class IdentityFeature
{
    public static IServiceCollection AddIdentityFeature(this IServiceCollection services) => services
        .AddEntityNode<ApiKey>(ApiKeyType.TypeName, (caller, _) => caller.Has(Scopes.Admin))
        .AddScoped<ApiKeyHandlers>()
        .AddScoped<SignUpCustomerHandler>()
        .AddScoped<SignInCustomerHandler>()
        .AddScoped<SignInVendorUserHandler>()
        .AddScoped<CreateVendorUserHandler>()
        .AddScoped<SessionHandlers>();
}
