using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>
/// The <c>graphql-transport-ws</c> protocol of the graphql-ws library: <c>connection_init</c> → <c>connection_ack</c>,
/// <c>subscribe</c> → <c>next</c>* then <c>complete</c> (or <c>error</c>), <c>complete</c> from the client stops an
/// operation, <c>ping</c>/<c>pong</c> both ways; protocol violations close the socket with 44xx.
/// </summary>
internal sealed class GraphQLTransportWsProtocol<TSchema>(HttpContext http, WebSocketConnection connection, GraphQLWebSocketOptions options)
    : WebSocketProtocol<TSchema>(http, connection, options)
    where TSchema : ISchema
{
    public const string Name = "graphql-transport-ws";

    protected override string KeepAliveMessage { get; } = SocketMessage.Write("ping");

    protected override string NextType => "next";

    // graphql-transport-ws carries the bare GraphQLError[] in an error message.
    protected override string ErrorPayload(ExecutionResult result)
    {
        using var document = JsonDocument.Parse(Serialize(result));
        return document.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText() : "[]";
    }

    protected override async Task OnMessageAsync(string text)
    {
        if (ParseOrClose(text) is not { } message)
        {
            return;
        }

        switch (message.Type)
        {
            case "connection_init":
                await InitializeAsync(message.Payload);
                break;
            case "ping":
                Connection.Send(SocketMessage.Write("pong", payloadJson: message.Payload?.GetRawText()));
                break;
            case "pong":
                break;
            case "subscribe":
                Subscribe(message);
                break;
            case "complete" when message.Id is not null:
                Stop(message.Id);
                break;
            default:
                Connection.Close(WebSocketCloseCodes.BadRequest, $"Invalid message received: unexpected '{message.Type}'");
                break;
        }
    }

    private async Task InitializeAsync(JsonElement? payload)
    {
        if (!BeginInit())
        {
            return;
        }

        if (payload is { ValueKind: not JsonValueKind.Object })
        {
            Connection.Close(WebSocketCloseCodes.BadRequest, "Invalid message received: the connection_init payload must be an object");
            return;
        }

        if (await AuthenticateAsync(payload))
        {
            Connection.Send(SocketMessage.Write("connection_ack"));
        }
        else
        {
            Connection.Close(WebSocketCloseCodes.Forbidden, "Forbidden");
        }
    }

    private void Subscribe(SocketMessage message)
    {
        if (ReadOperation(message) is not { } request)
        {
            return;
        }

        if (!TryStart(message.Id!, request))
        {
            Connection.Close(WebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {message.Id} already exists");
        }
    }
}
