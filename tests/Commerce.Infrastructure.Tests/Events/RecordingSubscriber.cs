using System.Collections.Concurrent;
using Commerce.Infrastructure.Events;

namespace Commerce.Infrastructure.Tests.Events;

/// <summary>Records what a bus delivers, and lets a test wait for it.</summary>
public sealed class RecordingSubscriber : IEventSubscriber
{
    private readonly ConcurrentQueue<OutboxEvent> _events = new();
    private readonly ConcurrentQueue<bool> _connection = new();

    public IReadOnlyList<OutboxEvent> Events => [.. _events];

    public IReadOnlyList<bool> ConnectionChanges => [.. _connection];

    public void OnEvent(OutboxEvent outboxEvent) => _events.Enqueue(outboxEvent);

    public void OnConnectionChanged(bool connected) => _connection.Enqueue(connected);

    /// <summary>Waits until <paramref name="done"/> holds, failing after <paramref name="seconds"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> done, double seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for events.");
            await Task.Delay(20);
        }
    }
}
