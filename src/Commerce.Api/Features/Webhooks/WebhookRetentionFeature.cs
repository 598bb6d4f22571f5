using Commerce.Api.Features.Webhooks.Inbound;
using Commerce.Api.Features.Webhooks.Outbound;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Api.Features.Webhooks;

public static class WebhookRetentionFeature
{
    /// <summary>
    /// The retention sweep over both directions and its settings, checked at start: a bad value stops the host with
    /// a message naming the key, rather than deleting too much or too little.
    /// </summary>
    public static IServiceCollection AddWebhookRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WebhookRetentionOptions>().Bind(configuration.GetSection(WebhookRetentionOptions.Section))
            .Validate(o => o.SweepMinutes >= 0, "Webhooks:Retention:SweepMinutes must be 0 (off) or more.")
            .Validate(o => o.BatchSize > 0, "Webhooks:Retention:BatchSize must be at least 1.")
            .ValidateOnStart();
        services.AddOptions<OutboundWebhookOptions>()
            .Validate(o => o.RetentionDays >= 0, "Webhooks:Outbound:RetentionDays must be 0 (keep forever) or more.")
            .ValidateOnStart();
        services.AddOptions<InboundWebhookOptions>().Bind(configuration.GetSection(InboundWebhookOptions.Section))
            .Validate(o => o.RetentionDays == 0 || o.RetentionDays >= InboundWebhookOptions.MinimumRetentionDays,
                $"Webhooks:Inbound:RetentionDays must be 0 (keep forever) or at least {InboundWebhookOptions.MinimumRetentionDays}: "
                + "an event id is remembered only while its row is kept, and a sender retrying an older event would have it applied again.")
            .Validate(o => o.DeferredTimeout > TimeSpan.Zero, "Webhooks:Inbound:DeferredTimeout must be a positive time span, e.g. 3.00:00:00 for 72 hours.")
            .ValidateOnStart();
        services.AddSingleton<WebhookDeliveryRetention>();
        services.AddSingleton<InboundEventRetention>();
        services.AddSingleton<DeferredEventExpiry>();
        services.AddSingleton<WebhookRetentionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookRetentionWorker>());
        return services;
    }
}
