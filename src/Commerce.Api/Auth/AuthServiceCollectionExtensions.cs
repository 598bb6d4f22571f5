using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>The "Commerce" authentication scheme and the credential services behind it.</summary>
    public static IServiceCollection AddCommerceAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<JwtSigningKeys>();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<RefreshTokens>();
        services.AddSingleton<Sessions>();
        services.AddAuthentication(CommerceAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, CommerceAuthenticationHandler>(
                CommerceAuthenticationHandler.SchemeName, null);
        return services;
    }
}
