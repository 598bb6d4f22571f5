namespace Commerce.Infrastructure.Events;

/// <summary>
/// Carries committed outbox events to live subscribers: in this process (<see cref="InProcessEventBus"/>) or on
/// every instance through Redis pub/sub (<see cref="RedisEventBus"/>). Only the outbox relay publishes.
/// </summary>
public interface IEventBus
{
    /// <summary>Whether events published now reach subscribers (false while Redis is unreachable).</summary>
    bool IsConnected { get; }

    /// <summary>
    /// Publishes <paramref name="events"/> in the order given. Throws when the bus cannot take them (Redis down):
    /// the relay then leaves the rows unpublished and retries.
    /// </summary>
    Task PublishAsync(IReadOnlyList<OutboxEvent> events, CancellationToken cancellationToken);

    /// <summary>Starts delivering events and connection changes to <paramref name="subscriber"/> until disposed.</summary>
    IDisposable Subscribe(IEventSubscriber subscriber);
}

/// <summary>
/// Receives events on the bus's thread: implementations must not block (a live subscription writes into its own
/// bounded buffer).
/// </summary>
public interface IEventSubscriber
{
    void OnEvent(OutboxEvent outboxEvent);

    /// <summary>The bus lost (false) or regained (true) its connection; after a loss, events may have been missed.</summary>
    void OnConnectionChanged(bool connected);
}
