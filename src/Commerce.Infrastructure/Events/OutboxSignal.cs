namespace Commerce.Infrastructure.Events;

/// <summary>
/// Wakes the relay right after this process committed outbox rows, so a live event need not wait for the next
/// poll. Signals coalesce: many commits while the relay is busy cause one more pass, not one each.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // a wake-up is already pending
        }
    }

    /// <summary>Waits for a notification (true) or <paramref name="timeout"/> (false), whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pending.WaitAsync(timeout, cancellationToken);
}
