using Commerce.GraphQL.Server.Errors;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.Server.Http;

/// <summary>Handles one GraphQL-over-HTTP request for <typeparamref name="TSchema"/> in the request's DI scope.</summary>
internal static class GraphQLHttpHandler<TSchema>
    where TSchema : ISchema
{
    public static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var serializer = services.GetRequiredService<IGraphQLSerializer>();
        var writer = new GraphQLHttpResponseWriter(http, serializer);

        var mediaType = ResponseMediaType.Negotiate(http.Request);
        try
        {
            var isGet = HttpMethods.IsGet(http.Request.Method);
            if (!isGet && !HttpMethods.IsPost(http.Request.Method))
            {
                throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed,
                    "GraphQL requests must use GET or POST.", ErrorCodes.MethodNotAllowed) { Allow = "GET, POST" };
            }

            if (mediaType is null)
            {
                throw new GraphQLHttpException(StatusCodes.Status406NotAcceptable,
                    "Accept must allow application/graphql-response+json or application/json.", ErrorCodes.NotAcceptable);
            }

            var reader = new GraphQLHttpRequestReader(serializer, options);
            var request = isGet
                ? reader.ReadQueryString(http.Request.Query)
                : await reader.ReadBodyAsync(http.Request, http.RequestAborted);
            var operationType = OperationTypeOf(services, request);
            if (operationType == OperationType.Subscription)
            {
                throw GraphQLHttpException.BadRequest(
                    "Subscriptions need a WebSocket (graphql-transport-ws or graphql-ws) or Accept: text/event-stream.");
            }

            if (isGet && operationType == OperationType.Mutation)
            {
                throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed,
                    "Mutations must be sent with POST.", ErrorCodes.MethodNotAllowed) { Allow = "POST" };
            }

            var result = await ExecuteAsync(http, request);
            var status = IsThrottled(result) ? StatusCodes.Status429TooManyRequests
                : mediaType == ResponseMediaType.GraphQLResponseJson && !result.Executed ? StatusCodes.Status400BadRequest
                : StatusCodes.Status200OK;
            await writer.WriteAsync(status, mediaType, result);
        }
        catch (GraphQLHttpException ex)
        {
            if (ex.Allow is not null)
            {
                http.Response.Headers.Allow = ex.Allow;
            }

            await writer.WriteErrorAsync(ex.StatusCode, mediaType ?? ResponseMediaType.Json, ex.Message, ex.Code);
        }
    }

    private static Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLHttpRequest request)
    {
        var execution = GraphQLExecution.CreateOptions(http, http.RequestServices, http.User, request, http.RequestAborted);
        return http.RequestServices.GetRequiredService<IDocumentExecuter<TSchema>>().ExecuteAsync(execution);
    }

    // A throttled request is 429 whatever the media type, so HTTP clients and proxies back off.
    private static bool IsThrottled(ExecutionResult result)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors)
        {
            return false;
        }

        foreach (var error in errors)
        {
            if (error.Code == ErrorCodes.Throttled)
            {
                return true;
            }
        }

        return false;
    }

    // GET may only read, and a subscription needs a streaming transport. The text is parsed here (or its validated
    // document found in the cache) to see which operation runs; a syntax error is left to the executor, which reports it.
    private static OperationType? OperationTypeOf(IServiceProvider services, GraphQLHttpRequest request)
    {
        GraphQLDocument? document;
        try
        {
            document = services.GetRequiredService<ValidatedDocumentCache>().Find(request.Query) ?? GraphQLParser.Parser.Parse(request.Query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }

        return OperationSelector.Find(document, request.OperationName)?.Operation;
    }
}
