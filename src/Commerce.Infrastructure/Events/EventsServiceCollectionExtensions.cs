using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Events;

public static class EventsServiceCollectionExtensions
{
    /// <summary>
    /// The event path: <see cref="RedisEventBus"/> when <c>Redis:Configuration</c> is set, else
    /// <see cref="InProcessEventBus"/>; the <see cref="OutboxRelay"/> (the host runs it) and the commit signal that
    /// wakes it. A bus registered before this call wins.
    /// </summary>
    public static IServiceCollection AddCommerceEvents(this IServiceCollection services, IConfiguration configuration)
    {
        var options = EventBusOptions.FromConfiguration(configuration);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxCommitInterceptor>();
        services.AddSingleton<OutboxRelay>();
        if (options.RedisConfiguration is null)
        {
            services.TryAddSingleton<IEventBus, InProcessEventBus>();
        }
        else
        {
            services.TryAddSingleton<IEventBus>(sp => new RedisEventBus(options, sp.GetRequiredService<ILogger<RedisEventBus>>()));
        }

        return services;
    }
}
