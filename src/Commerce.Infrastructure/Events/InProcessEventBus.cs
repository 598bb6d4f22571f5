namespace Commerce.Infrastructure.Events;

/// <summary>
/// The default bus: events reach the subscribers of this process only, so it suits one instance. Always connected.
/// </summary>
public sealed class InProcessEventBus : IEventBus
{
    private readonly EventFanOut _fanOut = new();

    public bool IsConnected => true;

    public Task PublishAsync(IReadOnlyList<OutboxEvent> events, CancellationToken cancellationToken)
    {
        foreach (var outboxEvent in events)
        {
            _fanOut.Deliver(outboxEvent);
        }

        return Task.CompletedTask;
    }

    public IDisposable Subscribe(IEventSubscriber subscriber) => _fanOut.Add(subscriber);
}
