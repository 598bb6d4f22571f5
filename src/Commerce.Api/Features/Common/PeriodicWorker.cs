namespace Commerce.Api.Features.Common;

/// <summary>
/// A background loop: runs its work on start and then every <see cref="Interval"/> (zero or less turns it off, as
/// tests do to run the work themselves). A failed run is logged and tried again at the next tick: an exception
/// escaping a <see cref="BackgroundService"/> would otherwise stop the whole host.
/// </summary>
public abstract class PeriodicWorker(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected abstract TimeSpan Interval { get; }

    /// <summary>One run of the work.</summary>
    protected abstract Task RunAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "{Worker} failed; retrying at the next run", GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
