namespace Commerce.GraphQL.Server.Tests.Subscriptions;

/// <summary>A source stream the test drives: <see cref="Publish"/> pushes to every subscriber; counts who is subscribed.</summary>
public sealed class TestEventSource : IObservable<string>
{
    private readonly List<IObserver<string>> _observers = [];

    public int SubscriberCount
    {
        get
        {
            lock (_observers)
            {
                return _observers.Count;
            }
        }
    }

    public IDisposable Subscribe(IObserver<string> observer)
    {
        lock (_observers)
        {
            _observers.Add(observer);
        }

        return new Subscription(this, observer);
    }

    public void Publish(string value)
    {
        foreach (var observer in Snapshot())
        {
            observer.OnNext(value);
        }
    }

    public void Complete()
    {
        foreach (var observer in Snapshot())
        {
            observer.OnCompleted();
        }
    }

    /// <summary>Waits until <paramref name="count"/> observers are subscribed (subscribing happens on the server's threads).</summary>
    public async Task WaitForSubscribersAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (SubscriberCount != count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private IObserver<string>[] Snapshot()
    {
        lock (_observers)
        {
            return [.. _observers];
        }
    }

    private sealed class Subscription(TestEventSource source, IObserver<string> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (source._observers)
            {
                source._observers.Remove(observer);
            }
        }
    }
}
