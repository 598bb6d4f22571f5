using Commerce.Infrastructure.Events;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commerce.Api.Features.Common.Live;

/// <summary>
/// Surfaces the bus's connection on <c>/health</c>: Degraded (still HTTP 200: queries and mutations work) while Redis
/// is unreachable. Live subscriptions meanwhile stay open and catch up from the outbox when it returns.
/// </summary>
public sealed class EventBusHealthCheck(IEventBus bus) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(bus.IsConnected
            ? HealthCheckResult.Healthy("Live events flow.")
            : HealthCheckResult.Degraded("The event bus is disconnected: live events wait in the outbox until it returns."));
}
