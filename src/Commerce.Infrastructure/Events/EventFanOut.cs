namespace Commerce.Infrastructure.Events;

/// <summary>The subscribers of one process: both buses end here, delivering each event to every local subscriber.</summary>
/// <remarks>
/// Adding and removing are O(1) (a set under a lock); delivery walks an array snapshot taken at most once per change,
/// so neither 10,000 subscribers arriving nor 10,000 leaving copies the whole list per subscriber.
/// </remarks>
public sealed class EventFanOut
{
    private readonly Lock _gate = new();
    private readonly HashSet<IEventSubscriber> _subscribers = new(ReferenceEqualityComparer.Instance);
    private IEventSubscriber[]? _snapshot = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public IDisposable Add(IEventSubscriber subscriber)
    {
        lock (_gate)
        {
            _subscribers.Add(subscriber);
            _snapshot = null;
        }

        return new Subscription(this, subscriber);
    }

    public void Deliver(OutboxEvent outboxEvent)
    {
        foreach (var subscriber in Snapshot())
        {
            subscriber.OnEvent(outboxEvent);
        }
    }

    public void ConnectionChanged(bool connected)
    {
        foreach (var subscriber in Snapshot())
        {
            subscriber.OnConnectionChanged(connected);
        }
    }

    private IEventSubscriber[] Snapshot()
    {
        if (Volatile.Read(ref _snapshot) is { } current)
        {
            return current;
        }

        lock (_gate)
        {
            return _snapshot ??= [.. _subscribers];
        }
    }

    private void Remove(IEventSubscriber subscriber)
    {
        lock (_gate)
        {
            if (_subscribers.Remove(subscriber))
            {
                _snapshot = null;
            }
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
