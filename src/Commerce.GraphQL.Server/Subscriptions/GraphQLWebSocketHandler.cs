using Commerce.GraphQL.Server.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>
/// Accepts a WebSocket at the GraphQL endpoint when the client offers <c>graphql-transport-ws</c> (preferred) or the
/// legacy <c>graphql-ws</c>; anything else is refused with 400 before the upgrade.
/// </summary>
internal static class GraphQLWebSocketHandler<TSchema>
    where TSchema : ISchema
{
    public static async Task HandleAsync(HttpContext http)
    {
        var offered = http.WebSockets.WebSocketRequestedProtocols;
        var protocol = offered.Contains(GraphQLTransportWsProtocol<TSchema>.Name) ? GraphQLTransportWsProtocol<TSchema>.Name
            : offered.Contains(LegacyGraphQLWsProtocol<TSchema>.Name) ? LegacyGraphQLWsProtocol<TSchema>.Name
            : null;
        if (protocol is null)
        {
            var serializer = http.RequestServices.GetRequiredService<IGraphQLSerializer>();
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            http.Response.ContentType = "application/json; charset=utf-8";
            var error = new ExecutionError("The WebSocket subprotocol must be graphql-transport-ws (or the legacy graphql-ws).") { Code = ErrorCodes.BadRequest };
            await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Executed = false, Errors = [error] }, http.RequestAborted);
            return;
        }

        var options = http.RequestServices.GetRequiredService<IOptions<GraphQLWebSocketOptions>>().Value;
        using var socket = await http.WebSockets.AcceptWebSocketAsync(protocol);
        var connection = new WebSocketConnection(socket, options);
        await (protocol == GraphQLTransportWsProtocol<TSchema>.Name
            ? new GraphQLTransportWsProtocol<TSchema>(http, connection, options).RunAsync()
            : new LegacyGraphQLWsProtocol<TSchema>(http, connection, options).RunAsync());
    }
}
