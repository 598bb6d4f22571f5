using GraphQL;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.Server.Http;

/// <summary>Writes an <see cref="ExecutionResult"/> (or a transport error in the same shape) as UTF-8 JSON.</summary>
internal sealed class GraphQLHttpResponseWriter(HttpContext http, IGraphQLSerializer serializer)
{
    public Task WriteErrorAsync(int statusCode, string mediaType, string message, string code)
    {
        var result = new ExecutionResult
        {
            Executed = false,
            Errors = [new ExecutionError(message) { Code = code }],
        };
        return WriteAsync(statusCode, mediaType, result);
    }

    public async Task WriteAsync(int statusCode, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
