using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>
/// The legacy <c>graphql-ws</c> subprotocol of subscriptions-transport-ws (older Apollo clients):
/// <c>connection_init</c> → <c>connection_ack</c> + <c>ka</c>, <c>start</c> → <c>data</c>* then <c>complete</c> (or
/// <c>error</c>), <c>stop</c>, <c>connection_terminate</c>. A refused init gets <c>connection_error</c> and 4403.
/// </summary>
internal sealed class LegacyGraphQLWsProtocol<TSchema>(HttpContext http, WebSocketConnection connection, GraphQLWebSocketOptions options)
    : WebSocketProtocol<TSchema>(http, connection, options)
    where TSchema : ISchema
{
    public const string Name = "graphql-ws";

    protected override string KeepAliveMessage { get; } = SocketMessage.Write("ka");

    protected override string NextType => "data";

    protected override string ErrorPayload(ExecutionResult result) => Serialize(result);

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
            case "start":
                Start(message);
                break;
            case "stop" when message.Id is not null:
                Stop(message.Id);
                break;
            case "connection_terminate":
                Connection.Close(WebSocketCloseCodes.Normal, string.Empty);
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

        if (await AuthenticateAsync(payload is { ValueKind: JsonValueKind.Object } ? payload : null))
        {
            Connection.Send(SocketMessage.Write("connection_ack"));
            Connection.Send(KeepAliveMessage);
        }
        else
        {
            Connection.Send(SocketMessage.Write("connection_error", payloadJson: """{"message":"Forbidden"}"""));
            Connection.Close(WebSocketCloseCodes.Forbidden, "Forbidden");
        }
    }

    private void Start(SocketMessage message)
    {
        if (ReadOperation(message) is not { } request)
        {
            return;
        }

        // subscriptions-transport-ws replaces an operation started again under the same id.
        Stop(message.Id!);
        TryStart(message.Id!, request);
    }
}
