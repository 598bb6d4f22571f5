using Commerce.Api.Auth;
using Commerce.Api.Features.Common.Loading;
using Commerce.Infrastructure.Webhooks;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>Registers what the inbound webhook endpoints need; <see cref="InboundWebhookEndpoints"/> maps them.</summary>
public static class InboundWebhooksFeature
{
    public static IServiceCollection AddInboundWebhooksFeature(this IServiceCollection services)
    {
        services.AddSingleton<InboundWebhookSenders>();
        services.AddSingleton<InboundEventLog>();
        // node(id:) and the row rule: staff who manage webhooks, like outbound deliveries.
        return services.AddEntityNode<InboundWebhookEvent>(InboundWebhookEventType.TypeName, (caller, _) => caller.Has(Scopes.WriteWebhooks));
    }
}
