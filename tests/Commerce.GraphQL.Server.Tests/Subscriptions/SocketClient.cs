using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Commerce.GraphQL.Server.Tests.Subscriptions;

/// <summary>A <see cref="ClientWebSocket"/> that sends and receives JSON messages, and reports the server's close.</summary>
public sealed class SocketClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocket Socket => _socket;

    public static async Task<SocketClient> ConnectAsync(Uri address, string subprotocol = "graphql-transport-ws")
    {
        var client = new SocketClient();
        client._socket.Options.AddSubProtocol(subprotocol);
        await client._socket.ConnectAsync(address, CancellationToken.None);
        return client;
    }

    /// <summary>Connects and completes <c>connection_init</c> → <c>connection_ack</c>.</summary>
    public static async Task<SocketClient> InitializeAsync(Uri address, object? payload = null, string subprotocol = "graphql-transport-ws")
    {
        var client = await ConnectAsync(address, subprotocol);
        await client.SendAsync(new { type = "connection_init", payload });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query, string type = "subscribe") =>
        SendAsync(new { id, type, payload = new { query } });

    /// <summary>The next message (skipping keep-alives unless asked for); fails when the socket closes first.</summary>
    public async Task<JsonElement> ReceiveAsync(bool skipKeepAlive = true)
    {
        while (true)
        {
            var text = await ReceiveTextAsync(TimeSpan.FromSeconds(10));
            Assert.True(text is not null, $"The socket closed: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
            var message = JsonDocument.Parse(text).RootElement.Clone();
            var type = message.GetProperty("type").GetString();
            if (!skipKeepAlive || (type != "ping" && type != "ka"))
            {
                return message;
            }
        }
    }

    /// <summary>Reads until the server closes the socket; returns its close code and reason.</summary>
    public async Task<(int? Code, string? Reason)> ReceiveCloseAsync(TimeSpan? timeout = null)
    {
        while (await ReceiveTextAsync(timeout ?? TimeSpan.FromSeconds(10)) is not null)
        {
        }

        return ((int?)_socket.CloseStatus, _socket.CloseStatusDescription);
    }

    /// <summary>Like <see cref="ReceiveCloseAsync"/>, but a connection the server cut off yields a null code.</summary>
    public async Task<(int? Code, string? Reason)> ReceiveCloseOrAbortAsync()
    {
        try
        {
            return await ReceiveCloseAsync();
        }
        catch (WebSocketException)
        {
            return (null, null);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // Already gone.
            }
        }

        _socket.Dispose();
    }

    private async Task<string?> ReceiveTextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
