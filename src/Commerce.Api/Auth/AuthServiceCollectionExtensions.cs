using Commerce.GraphQL.Server.Subscriptions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Api.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// The credential services and <see cref="CommerceAuthenticator"/>, which <c>UseCommerceAuthentication</c> runs on
    /// every request. No ASP.NET Core authentication scheme is registered on purpose: the host would then add the
    /// framework's authentication middleware by itself, authenticating every request a second time
    /// (docs/decisions/0009).
    /// </summary>
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
        services.AddSingleton<CommerceAuthenticator>();
        services.AddSingleton<IWebSocketAuthenticator, CommerceWebSocketAuthenticator>();
        return services;
    }
}
