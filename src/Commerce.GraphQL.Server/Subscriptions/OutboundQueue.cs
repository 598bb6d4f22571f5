using System.Text;
using System.Threading.Channels;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>
/// The one send queue of a socket or SSE response: any thread enqueues, a single loop writes. Bounded, so a client
/// that reads too slowly cannot make the server buffer without limit: <see cref="TryEnqueue(ReadOnlyMemory{byte})"/> fails once it is full
/// and the caller closes the connection. Messages are UTF-8 bytes, so a payload serialized once can go to many queues.
/// </summary>
internal sealed class OutboundQueue(int capacity)
{
    private readonly Channel<ReadOnlyMemory<byte>> _channel = Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
        // The write loop continues on the thread that enqueued (usually the operation's event pump): a socket that was
        // idle is written at once instead of after a thread-pool hop, behind every other subscriber's queued pump.
        AllowSynchronousContinuations = true,
    });

    private volatile bool _discardPending;

    public bool TryEnqueue(ReadOnlyMemory<byte> message) => _channel.Writer.TryWrite(message);

    public bool TryEnqueue(string message) => TryEnqueue(Encoding.UTF8.GetBytes(message));

    /// <summary>No more messages; the loop ends after writing what is queued (or at once when <paramref name="discardPending"/>).</summary>
    public void Complete(bool discardPending)
    {
        _discardPending |= discardPending;
        _channel.Writer.TryComplete();
    }

    /// <summary>Writes messages in order until <see cref="Complete"/>; returns early when <paramref name="write"/> throws.</summary>
    public async Task WriteLoopAsync(Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> write, CancellationToken cancellationToken)
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
