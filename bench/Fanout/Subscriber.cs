using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Commerce.Bench.Fanout;

/// <summary>
/// One graphql-transport-ws client: connection_init with the API key, one subscription, and the arrival time
/// (<see cref="Stopwatch"/> ticks) of every <c>next</c> message. Answers the server's pings.
/// </summary>
internal sealed class Subscriber : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly List<long> _arrivals = [];
    private readonly List<double> _sinceEvent = [];
    private readonly Lock _gate = new();

    public string? Failure { get; private set; }

    public async Task ConnectAsync(Uri url, string key, string subscription, string orderId, CancellationToken cancellation)
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
        var ws = new UriBuilder(url) { Scheme = url.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        await _socket.ConnectAsync(ws, cancellation);
        await SendAsync(new JsonObject { ["type"] = "connection_init", ["payload"] = new JsonObject { ["authorization"] = $"Bearer {key}" } }, cancellation);
        var ack = await ReceiveAsync(cancellation);
        if (ack?["type"]?.GetValue<string>() != "connection_ack")
        {
            throw new InvalidOperationException($"expected connection_ack, got {ack?.ToJsonString() ?? "close"}");
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
        lock (_gate)
        {
            var i = _arrivals.FindIndex(a => a >= since);
            return i < 0 ? null : (_arrivals[i], _sinceEvent[i]);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (await ReceiveAsync(CancellationToken.None) is { } message)
            {
                var arrived = Stopwatch.GetTimestamp();
                var arrivedUtc = DateTimeOffset.UtcNow;
                switch (message["type"]?.GetValue<string>())
                {
                    case "next":
                        // The event's own time (the server stamps it when the change is saved): same machine, same clock.
                        var occurredAt = (message["payload"]?["data"] as JsonObject)?.FirstOrDefault().Value?["occurredAt"]?.GetValue<string>();
                        lock (_gate)
                        {
                            _arrivals.Add(arrived);
                            _sinceEvent.Add(occurredAt is null ? double.NaN : (arrivedUtc - DateTimeOffset.Parse(occurredAt, System.Globalization.CultureInfo.InvariantCulture)).TotalMilliseconds);
                        }

                        break;
                    case "ping":
                        await SendAsync(new JsonObject { ["type"] = "pong" }, CancellationToken.None);
                        break;
                    case "error" or "complete":
                        Failure = message.ToJsonString();
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

    private async Task<JsonObject?> ReceiveAsync(CancellationToken cancellation)
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellation);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(message.ToArray())?.AsObject();
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
