using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Subscriptions;

/// <summary>A graphql-transport-ws client over the test host's WebSocket support.</summary>
public sealed class GraphQLSocket(WebSocket socket) : IAsyncDisposable
{
    public static async Task<GraphQLSocket> ConnectAsync(CommerceApiFactory factory, string? authorizationHeader = null)
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        if (authorizationHeader is not null)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = authorizationHeader;
        }

        return new GraphQLSocket(await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None));
    }

    public Task SendAsync(object message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the socket (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonElement?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                var element = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                if (element.GetProperty("type").GetString() != "ping")
                {
                    return element;
                }

                message.SetLength(0);
            }
        }
    }

    public int? CloseStatus => (int?)socket.CloseStatus;

    /// <summary><c>connection_init</c> with <paramref name="payload"/>; the reply (ack) or null when the socket was closed.</summary>
    public async Task<JsonElement?> InitAsync(object? payload)
    {
        await SendAsync(new { type = "connection_init", payload });
        return await ReceiveAsync();
    }

    /// <summary>Runs <paramref name="query"/> as operation "1" and returns the first reply (<c>next</c> or <c>error</c>).</summary>
    public async Task<JsonElement> RunAsync(string query)
    {
        await SendAsync(new { id = "1", type = "subscribe", payload = new { query } });
        return (await ReceiveAsync())!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        socket.Dispose();
    }
}
