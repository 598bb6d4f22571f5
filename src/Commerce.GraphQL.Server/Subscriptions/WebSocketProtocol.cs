using System.Security.Claims;
using System.Text.Json;
using Commerce.GraphQL.Server.Http;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>
/// What both WebSocket protocols share: the connection-init timeout, authentication, keep-alives and the running
/// operations by id (each a task with its own DI scope, stopped by id or when the socket closes).
/// </summary>
internal abstract class WebSocketProtocol<TSchema>(HttpContext http, WebSocketConnection connection, GraphQLWebSocketOptions options)
    where TSchema : ISchema
{
    private readonly Dictionary<string, (CancellationTokenSource Stop, Task Run)> _operations = new(StringComparer.Ordinal);
    private readonly IGraphQLTextSerializer _serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();

    protected WebSocketConnection Connection => connection;

    /// <summary>Set once <c>connection_init</c> was received (a second one is a protocol error).</summary>
    protected bool InitReceived { get; private set; }

    /// <summary>The user operations run as; null until the connection is acknowledged.</summary>
    protected ClaimsPrincipal? User { get; private set; }

    public async Task RunAsync()
    {
        _ = CloseUnlessInitializedAsync();
        await connection.RunAsync(OnMessageAsync);
        Task[] running;
        lock (_operations)
        {
            running = [.. _operations.Values.Select(o => o.Run)];
            foreach (var operation in _operations.Values)
            {
                operation.Stop.Cancel();
            }
        }

        await Task.WhenAll(running);
    }

    protected abstract Task OnMessageAsync(string text);

    /// <summary>The keep-alive message of the protocol, sent every <see cref="GraphQLWebSocketOptions.KeepAliveInterval"/> after the ack.</summary>
    protected abstract string KeepAliveMessage { get; }

    /// <summary>The message type of a result (<c>next</c> or <c>data</c>).</summary>
    protected abstract string NextType { get; }

    /// <summary>The payload of an <c>error</c> message for a refused operation.</summary>
    protected abstract string ErrorPayload(ExecutionResult result);

    protected async Task<bool> AuthenticateAsync(JsonElement? payload)
    {
        var authenticator = http.RequestServices.GetRequiredService<IWebSocketAuthenticator>();
        var outcome = await authenticator.AuthenticateAsync(http, payload, connection.Closing);
        if (outcome.Refused)
        {
            return false;
        }

        User = outcome.User ?? new ClaimsPrincipal(new ClaimsIdentity());
        _ = KeepAliveAsync();
        return true;
    }

    /// <summary>Starts an operation under <paramref name="id"/>; false when one with that id is still running.</summary>
    protected bool TryStart(string id, GraphQLHttpRequest request)
    {
        lock (_operations)
        {
            if (_operations.ContainsKey(id))
            {
                return false;
            }

            var stop = CancellationTokenSource.CreateLinkedTokenSource(connection.Closing);
            var sink = new Sink(this, id, stop);
            _operations[id] = (stop, Task.Run(() => RunOperationAsync(id, request, sink, stop)));
            return true;
        }
    }

    /// <summary>Stops the operation (its source stream is unsubscribed, its scope disposed); unknown ids are ignored.</summary>
    protected void Stop(string id)
    {
        lock (_operations)
        {
            if (_operations.Remove(id, out var operation))
            {
                operation.Stop.Cancel();
            }
        }
    }

    /// <summary>The message, or null after closing the socket with 4400.</summary>
    protected SocketMessage? ParseOrClose(string text)
    {
        var message = SocketMessage.Parse(text, out var error);
        if (message is null)
        {
            connection.Close(WebSocketCloseCodes.BadRequest, error);
        }

        return message;
    }

    /// <summary>Marks <c>connection_init</c> received; false after closing with 4429 when it was already.</summary>
    protected bool BeginInit()
    {
        if (InitReceived)
        {
            connection.Close(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return false;
        }

        InitReceived = true;
        return true;
    }

    /// <summary>
    /// The request of a <c>subscribe</c>/<c>start</c> message (which then has an id); null after closing the socket:
    /// 4401 before the connection was acknowledged, 4400 without an id or a well-formed request payload.
    /// </summary>
    protected GraphQLHttpRequest? ReadOperation(SocketMessage message)
    {
        if (User is null)
        {
            connection.Close(WebSocketCloseCodes.Unauthorized, "Unauthorized");
            return null;
        }

        if (string.IsNullOrEmpty(message.Id))
        {
            connection.Close(WebSocketCloseCodes.BadRequest, "Invalid message received: 'id' is required");
            return null;
        }

        var request = ReadRequest(message.Payload, out var error);
        if (request is null)
        {
            connection.Close(WebSocketCloseCodes.BadRequest, error);
        }

        return request;
    }

    private GraphQLHttpRequest? ReadRequest(JsonElement? payload, out string error)
    {
        error = "Invalid message received: the payload must be a GraphQL request";
        if (payload is not { } element)
        {
            return null;
        }

        try
        {
            var reader = new GraphQLHttpRequestReader(_serializer, http.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value);
            return reader.ReadRequest(element);
        }
        catch (GraphQLHttpException ex)
        {
            error = "Invalid message received: " + ex.Message;
            return null;
        }
    }

    protected string Serialize(object value) => _serializer.Serialize(value);

    private async Task RunOperationAsync(string id, GraphQLHttpRequest request, IOperationSink sink, CancellationTokenSource stop)
    {
        try
        {
            await OperationRunner<TSchema>.RunAsync(http, User!, request, sink, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped by the client or the socket closing.
        }
        catch (Exception)
        {
            connection.Close(WebSocketCloseCodes.InternalError, "Internal server error");
        }
        finally
        {
            lock (_operations)
            {
                if (_operations.TryGetValue(id, out var current) && current.Stop == stop)
                {
                    _operations.Remove(id);
                }
            }

            stop.Dispose();
        }
    }

    private async Task CloseUnlessInitializedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, connection.Closing);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!InitReceived)
        {
            connection.Close(WebSocketCloseCodes.ConnectionInitTimeout, "Connection initialisation timeout");
        }
    }

    private async Task KeepAliveAsync()
    {
        if (options.KeepAliveInterval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(connection.Closing) && connection.Send(KeepAliveMessage))
            {
            }
        }
        catch (OperationCanceledException)
        {
            // The socket closed.
        }
    }

    // Nothing more is sent for an id once the client stopped it.
    private sealed class Sink(WebSocketProtocol<TSchema> protocol, string id, CancellationTokenSource stop) : IOperationSink
    {
        // Every result message of the operation starts alike; only the payload differs (and is often shared).
        private readonly SocketMessage.Envelope _next = new(protocol.NextType, id);

        public void Next(ExecutionResult result)
        {
            if (!stop.IsCancellationRequested)
            {
                protocol.Connection.Send(_next.Wrap(ResultPayload.Utf8(result, protocol._serializer).Span));
            }
        }

        public void Error(ExecutionResult result) => Send("error", protocol.ErrorPayload(result));

        public void Complete() => Send("complete", null);

        public void Subscribed()
        {
        }

        private void Send(string type, string? payload)
        {
            if (!stop.IsCancellationRequested)
            {
                protocol.Connection.Send(SocketMessage.Write(type, id, payload));
            }
        }
    }
}
