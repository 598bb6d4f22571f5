using Commerce.Api.Features.Common;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>
/// The outbound webhook loop: on start and then every <see cref="OutboundWebhookOptions.PollSeconds"/>, fans new
/// outbox events out to deliveries and attempts every delivery that is due. Deliveries are rows, so pending ones
/// left by a stopped instance are picked up on the next start. Tests call <see cref="RunDueAsync"/> instead of waiting.
/// </summary>
public sealed class WebhookDeliveryWorker(
    WebhookFanOut fanOut, WebhookDispatcher dispatcher, TimeProvider clock, IOptions<OutboundWebhookOptions> options,
    ILogger<WebhookDeliveryWorker> logger) : PeriodicWorker(clock, logger)
{
    /// <summary>Fans out every new event, then attempts what is due until nothing is; returns the attempts made.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        while (await fanOut.RunOnceAsync(cancellationToken) > 0)
        {
        }

        var attempts = 0;
        for (var batch = await dispatcher.RunOnceAsync(cancellationToken); batch > 0; batch = await dispatcher.RunOnceAsync(cancellationToken))
        {
            attempts += batch;
        }

        return attempts;
    }

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.PollSeconds);

    protected override Task RunAsync(CancellationToken cancellationToken) => RunDueAsync(cancellationToken);
}
