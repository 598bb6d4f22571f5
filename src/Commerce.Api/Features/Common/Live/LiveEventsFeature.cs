using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commerce.Api.Features.Common.Live;

/// <summary>Live subscriptions: the outbox relay as a hosted service, and the streams subscription fields open.</summary>
public static class LiveEventsFeature
{
    public static IServiceCollection AddLiveEventsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(LiveEventOptions.FromConfiguration(configuration));
        services.AddSingleton<LiveEvents>();
        services.AddHostedService<OutboxRelayService>();
        services.AddHealthChecks().AddCheck<EventBusHealthCheck>("events", HealthStatus.Degraded);
        return services;
    }
}
