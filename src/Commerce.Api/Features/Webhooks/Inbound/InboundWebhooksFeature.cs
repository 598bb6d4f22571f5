namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>Registers what the inbound webhook endpoints need; <see cref="InboundWebhookEndpoints"/> maps them.</summary>
public static class InboundWebhooksFeature
{
    public static IServiceCollection AddInboundWebhooksFeature(this IServiceCollection services)
    {
        services.AddSingleton<InboundWebhookSenders>();
        services.AddSingleton<InboundEventLog>();
        return services;
    }
}
