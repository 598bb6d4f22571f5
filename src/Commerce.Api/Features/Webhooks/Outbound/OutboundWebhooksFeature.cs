using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Loading;
using Commerce.Domain.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Api.Features.Webhooks.Outbound;

public static class OutboundWebhooksFeature
{
    /// <summary>Endpoint management in the graph, the fan-out, the sender and the hosted delivery worker.</summary>
    public static IServiceCollection AddOutboundWebhooksFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<OutboundWebhookOptions>(configuration.GetSection(OutboundWebhookOptions.Section));
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookFanOut>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddSingleton<WebhookDeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDeliveryWorker>());
        return services
            .AddEntityNode<WebhookEndpoint>(WebhookEndpointType.TypeName, (caller, _) => caller.Has(Scopes.WriteWebhooks))
            .AddEntityNode<WebhookDelivery>(WebhookDeliveryType.TypeName, (caller, _) => caller.Has(Scopes.WriteWebhooks))
            .AddScoped<WebhookAttemptsByDeliveryIdLoader>()
            .AddScoped<CreateWebhookEndpointHandler>()
            .AddScoped<UpdateWebhookEndpointHandler>()
            .AddScoped<DisableWebhookEndpointHandler>()
            .AddScoped<RotateWebhookSecretHandler>()
            .AddScoped<RedeliverWebhookEventHandler>();
    }
}
