using Commerce.GraphQL.Server.Subscriptions;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Commerce.GraphQL.Server.Http;

public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint for <typeparamref name="TSchema"/>: GraphQL over HTTP (all methods; non GET/POST get
    /// 405), WebSocket upgrades (graphql-transport-ws, legacy graphql-ws; needs <c>app.UseWebSockets()</c> first) and
    /// Server-Sent Events (<c>Accept: text/event-stream</c>).
    /// Requires <c>services.AddGraphQL(b =&gt; b.AddSchema&lt;TSchema&gt;().AddSystemTextJson())</c> and
    /// <c>services.AddGraphQLHttp()</c>. Register an IDE for <c>text/html</c> GETs before this endpoint.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp<TSchema>(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Map(pattern, (RequestDelegate)HandleAsync<TSchema>)
            .WithDisplayName("GraphQL " + typeof(TSchema).Name);
    }

    private static Task HandleAsync<TSchema>(HttpContext http)
        where TSchema : ISchema
    {
        if (http.WebSockets.IsWebSocketRequest)
        {
            return GraphQLWebSocketHandler<TSchema>.HandleAsync(http);
        }

        return ServerSentEventsHandler<TSchema>.IsRequested(http.Request)
            ? ServerSentEventsHandler<TSchema>.HandleAsync(http)
            : GraphQLHttpHandler<TSchema>.HandleAsync(http);
    }
}
