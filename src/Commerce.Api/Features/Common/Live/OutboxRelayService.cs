using Commerce.Infrastructure.Events;

namespace Commerce.Api.Features.Common.Live;

/// <summary>Runs the <see cref="OutboxRelay"/> for the host's lifetime (unless <c>Events:RelayEnabled</c> is false).</summary>
public sealed class OutboxRelayService(OutboxRelay relay, EventBusOptions options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.RelayEnabled ? relay.RunAsync(stoppingToken) : Task.CompletedTask;
}
