using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commerce.Bench.Fanout;

/// <summary>
/// One graphql-transport-ws client: connection_init with the API key, one subscription, and the arrival time
/// (<see cref="Stopwatch"/> ticks and wall clock) of every <c>next</c> message. Answers the server's pings.
/// </summary>
/// <remarks>
/// Client and server share this machine's cores, so every microsecond the client spends per message is taken from
/// the server under test. The receive loop therefore only stamps the arrival and keeps the raw bytes; the JSON is
/// read after the round (<see cref="FirstSince"/>).
/// </remarks>
internal sealed class Subscriber : IAsyncDisposable
{
    private static long s_nextMessages;

    private readonly ClientWebSocket _socket = new();
    private readonly List<(long Ticks, DateTimeOffset Utc, byte[] Message)> _arrivals = [];
    private readonly Lock _gate = new();
    private readonly byte[] _buffer = new byte[4096];

    /// <summary>How many <c>next</c> messages all subscribers of this process have received.</summary>
    public static long NextMessages => Interlocked.Read(ref s_nextMessages);

    public string? Failure { get; private set; }

    public async Task ConnectAsync(Uri url, string key, string subscription, string orderId, CancellationToken cancellation)
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        var ws = new UriBuilder(url) { Scheme = url.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        await _socket.ConnectAsync(ws, cancellation);
        await SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["authorization"] = $"Bearer {key}" } }, cancellation);
        var ack = await ReceiveAsync(cancellation);
        if (ack is null || TypeOf(ack) != "connection_ack")
        {
            throw new InvalidOperationException($"expected connection_ack, got {(ack is null ? "close" : Encoding.UTF8.GetString(ack))}");
        }

        await SendAsync(new JsonObject
        {
            ["id"] = "1", ["type"] = "subscribe",
            ["payload"] = new JsonObject { ["query"] = subscription, ["variables"] = new JsonObject { ["id"] = orderId } },
        }, cancellation);
        _ = Task.Run(ReceiveLoopAsync, CancellationToken.None);
    }

    /// <summary>The first arrival at or after <paramref name="since"/>, if any.</summary>
    public long? FirstArrivalSince(long since) => FirstSince(since)?.Arrived;

    /// <summary>The first arrival at or after <paramref name="since"/> and how long after its event's occurredAt it came.</summary>
    public (long Arrived, double SinceEventMs)? FirstSince(long since)
    {
        (long Ticks, DateTimeOffset Utc, byte[] Message) arrival;
        lock (_gate)
        {
            var i = _arrivals.FindIndex(a => a.Ticks >= since);
            if (i < 0)
            {
                return null;
            }

            arrival = _arrivals[i];
        }

        // The event's own time (the server stamps it when the change is saved): same machine, same clock.
        var occurredAt = (JsonNode.Parse(arrival.Message)?["payload"]?["data"] as JsonObject)?.FirstOrDefault().Value?["occurredAt"]?.GetValue<string>();
        return (arrival.Ticks, occurredAt is null ? double.NaN : (arrival.Utc - DateTimeOffset.Parse(occurredAt, CultureInfo.InvariantCulture)).TotalMilliseconds);
    }

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (await ReceiveAsync(CancellationToken.None) is { } message)
            {
                var arrived = Stopwatch.GetTimestamp();
                var arrivedUtc = DateTimeOffset.UtcNow;
                switch (TypeOf(message))
                {
                    case "next":
                        lock (_gate)
                        {
                            _arrivals.Add((arrived, arrivedUtc, message));
                        }

                        Interlocked.Increment(ref s_nextMessages);
                        break;
                    case "ping":
                        await SendAsync(new JsonObject { ["type"] = "pong" }, CancellationToken.None);
                        break;
                    case "error" or "complete":
                        Failure = Encoding.UTF8.GetString(message);
                        return;
                }
            }

            Failure ??= $"closed: {_socket.CloseStatus} {_socket.CloseStatusDescription}";
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            Failure ??= e.Message;
        }
    }

    // The message's "type", read without building a document.
    private static string? TypeOf(byte[] message)
    {
        var reader = new Utf8JsonReader(message);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            if (!reader.Read())
            {
                return null;
            }

            if (isType)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.TrySkip();
        }

        return null;
    }

    private readonly SemaphoreSlim _sendGate = new(1, 1);

    private async Task SendAsync(JsonObject message, CancellationToken cancellation)
    {
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sendGate.WaitAsync(cancellation);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellation);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    // One whole message; a single-frame message (the usual case) is copied once out of the reused buffer.
    private async Task<byte[]?> ReceiveAsync(CancellationToken cancellation)
    {
        MemoryStream? rest = null;
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer, cancellation);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            if (result.EndOfMessage && rest is null)
            {
                return _buffer.AsSpan(0, result.Count).ToArray();
            }

            rest ??= new MemoryStream();
            rest.Write(_buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return rest.ToArray();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The server may already have gone; nothing to clean up.
        }

        _socket.Dispose();
        _sendGate.Dispose();
    }
}
