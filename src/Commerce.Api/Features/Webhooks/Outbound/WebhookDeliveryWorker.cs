using Microsoft.Extensions.Options;

namespace Commerce.Api.Features.Webhooks.Outbound;

/// <summary>
/// The outbound webhook loop: on start and then every <see cref="OutboundWebhookOptions.PollSeconds"/>, fans new
/// outbox events out to deliveries and attempts every delivery that is due. Deliveries are rows, so pending ones
/// left by a stopped instance are picked up on the next start. Tests call <see cref="RunDueAsync"/> instead of waiting.
/// </summary>
public sealed class WebhookDeliveryWorker(
    WebhookFanOut fanOut, WebhookDispatcher dispatcher, TimeProvider clock, IOptions<OutboundWebhookOptions> options,
    ILogger<WebhookDeliveryWorker> logger) : BackgroundService
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.PollSeconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), clock);
        do
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Outbound webhook delivery failed; retrying at the next poll");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
