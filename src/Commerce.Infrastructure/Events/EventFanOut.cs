namespace Commerce.Infrastructure.Events;

/// <summary>The subscribers of one process: both buses end here, delivering each event to every local subscriber.</summary>
public sealed class EventFanOut
{
    private readonly Lock _gate = new();
    private IEventSubscriber[] _subscribers = [];

    public int Count => Volatile.Read(ref _subscribers).Length;

    public IDisposable Add(IEventSubscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers, subscriber];
        }

        return new Subscription(this, subscriber);
    }

    public void Deliver(OutboxEvent outboxEvent)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            subscriber.OnEvent(outboxEvent);
        }
    }

    public void ConnectionChanged(bool connected)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            subscriber.OnConnectionChanged(connected);
        }
    }

    private void Remove(IEventSubscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers.Where(s => !ReferenceEquals(s, subscriber))];
        }
    }

    private sealed class Subscription(EventFanOut owner, IEventSubscriber subscriber) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(subscriber);
            }
        }
    }
}
