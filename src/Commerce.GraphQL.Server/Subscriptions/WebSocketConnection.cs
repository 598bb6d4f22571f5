using System.Net.WebSockets;
using System.Text;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>
/// One accepted socket: reads whole text messages (up to <see cref="GraphQLWebSocketOptions.MaxMessageBytes"/>) and
/// hands them to the protocol one at a time; writes through one bounded <see cref="OutboundQueue"/>; closes once.
/// </summary>
internal sealed class WebSocketConnection(WebSocket socket, GraphQLWebSocketOptions options)
{
    private readonly OutboundQueue _queue = new(options.SendQueueCapacity);
    private readonly byte[] _receiveBuffer = new byte[512];
    private readonly CancellationTokenSource _aborted = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly Lock _gate = new();
    private (int Code, string Reason)? _close;

    /// <summary>Cancelled once the connection is closing: operations stop, timers end.</summary>
    public CancellationToken Closing => _closing.Token;

    /// <summary>Queues a message; a full queue closes the socket with 1013 and returns false.</summary>
    public bool Send(string message) => Send(Encoding.UTF8.GetBytes(message));

    /// <summary>Queues a UTF-8 text message; a full queue closes the socket with 1013 and returns false.</summary>
    public bool Send(ReadOnlyMemory<byte> message)
    {
        if (_closing.IsCancellationRequested)
        {
            return false;
        }

        if (_queue.TryEnqueue(message))
        {
            return true;
        }

        Close(WebSocketCloseCodes.SlowConsumer, "Slow consumer: the send queue is full", discardPending: true);
        return false;
    }

    /// <summary>Closes the socket with <paramref name="code"/> after the queued messages (unless discarded). The first call wins.</summary>
    public void Close(int code, string reason, bool discardPending = false)
    {
        lock (_gate)
        {
            if (_close is not null)
            {
                return;
            }

            _close = (code, reason);
        }

        _queue.Complete(discardPending);
        _closing.Cancel();
        // Bounds the drain and the close handshake: a client that stopped reading is cut off after the timeout.
        _aborted.CancelAfter(options.CloseTimeout);
    }

    /// <summary>Runs until the socket is closed; <paramref name="onMessage"/> handles each text message in order.</summary>
    public async Task RunAsync(Func<string, Task> onMessage)
    {
        var writer = Task.Run(WriteAsync);
        try
        {
            // After the server asked to close, reading goes on (discarding) until the client's close frame arrives, so
            // the handshake completes instead of resetting a connection with unread data.
            while (await ReceiveAsync() is { } message)
            {
                if (!_closing.IsCancellationRequested)
                {
                    await onMessage(message);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client went away or the close handshake timed out: nothing more to read.
        }
        finally
        {
            Close(WebSocketCloseCodes.Normal, string.Empty, discardPending: true);
            await writer;
            socket.Abort();
        }
    }

    // A subscriber's socket spends its life waiting in this read, so what the wait holds is per-connection memory:
    // a small buffer, and the message is assembled only once data arrives (most client messages fit the buffer).
    private async Task<string?> ReceiveAsync()
    {
        var buffer = _receiveBuffer;
        MemoryStream? message = null;
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, _aborted.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    Close(WebSocketCloseCodes.Normal, string.Empty);
                    return null;
                }

                if ((message?.Length ?? 0) + received.Count > options.MaxMessageBytes)
                {
                    Close(WebSocketCloseCodes.MessageTooBig, "Message too big");
                }

                if (received.EndOfMessage && message is null)
                {
                    return Text(received, _closing.IsCancellationRequested ? [] : buffer.AsSpan(0, received.Count));
                }

                message ??= new MemoryStream();
                if (!_closing.IsCancellationRequested)
                {
                    message.Write(buffer, 0, received.Count);
                }

                if (received.EndOfMessage)
                {
                    return Text(received, message.GetBuffer().AsSpan(0, (int)message.Length));
                }
            }
        }
        finally
        {
            message?.Dispose();
        }
    }

    // Binary frames are not part of either protocol: the protocol's parser refuses what this yields.
    private static string Text(WebSocketReceiveResult received, ReadOnlySpan<byte> bytes) =>
        received.MessageType == WebSocketMessageType.Text ? Encoding.UTF8.GetString(bytes) : string.Empty;

    private async Task WriteAsync()
    {
        // Sends take no token: a cancellable send always takes the socket's slow path (a lock wait and a registration
        // per message). A send that never completes is ended by aborting the socket instead.
        await using var abortOnTimeout = _aborted.Token.Register(socket.Abort);
        try
        {
            await _queue.WriteLoopAsync(
                (message, _) => socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None),
                _aborted.Token);
            var (code, reason) = _close ?? (WebSocketCloseCodes.Normal, string.Empty);
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(options.CloseTimeout);
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, Truncate(reason), timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The socket is gone (or never drained): abort below.
        }
        finally
        {
            // Time for the client's answering close frame.
            _aborted.CancelAfter(options.CloseTimeout);
        }
    }

    // RFC 6455 caps a close reason at 123 UTF-8 bytes.
    private static string Truncate(string reason)
    {
        while (Encoding.UTF8.GetByteCount(reason) > 123)
        {
            reason = reason[..^1];
        }

        return reason;
    }
}
