using System.Threading.Channels;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>
/// The one send queue of a socket or SSE response: any thread enqueues, a single loop writes. Bounded, so a client
/// that reads too slowly cannot make the server buffer without limit: <see cref="TryEnqueue"/> fails once it is full
/// and the caller closes the connection.
/// </summary>
internal sealed class OutboundQueue(int capacity)
{
    private readonly Channel<string> _channel = Channel.CreateBounded<string>(new BoundedChannelOptions(capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private volatile bool _discardPending;

    public bool TryEnqueue(string message) => _channel.Writer.TryWrite(message);

    /// <summary>No more messages; the loop ends after writing what is queued (or at once when <paramref name="discardPending"/>).</summary>
    public void Complete(bool discardPending)
    {
        _discardPending |= discardPending;
        _channel.Writer.TryComplete();
    }

    /// <summary>Writes messages in order until <see cref="Complete"/>; returns early when <paramref name="write"/> throws.</summary>
    public async Task WriteLoopAsync(Func<string, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var reader = _channel.Reader;
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            while (!_discardPending && reader.TryRead(out var message))
            {
                await write(message, cancellationToken);
            }

            if (_discardPending)
            {
                return;
            }
        }
    }
}
