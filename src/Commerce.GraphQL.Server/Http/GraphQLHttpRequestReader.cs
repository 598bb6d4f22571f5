using System.Text.Json;
using Commerce.GraphQL.Server.Errors;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Commerce.GraphQL.Server.Http;

/// <summary>Reads a GET query string or a POST body into a <see cref="GraphQLHttpRequest"/>, or throws a <see cref="GraphQLHttpException"/>.</summary>
internal sealed class GraphQLHttpRequestReader(IGraphQLSerializer serializer, GraphQLHttpOptions options)
{
    public GraphQLHttpRequest ReadQueryString(IQueryCollection query)
    {
        return new GraphQLHttpRequest(
            RequireQuery(query.TryGetValue("query", out var q) ? q.ToString() : null),
            query.TryGetValue("operationName", out var op) && !string.IsNullOrEmpty(op) ? op.ToString() : null,
            ParseJsonObject(query["variables"], "variables"),
            ParseJsonObject(query["extensions"], "extensions"));
    }

    public async Task<GraphQLHttpRequest> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        var isJson = string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase);
        var isGraphQL = string.Equals(mediaType, "application/graphql", StringComparison.OrdinalIgnoreCase);
        if (!isJson && !isGraphQL)
        {
            // Also the CSRF rule: "simple" content types (text/plain, forms) are never executed.
            throw new GraphQLHttpException(StatusCodes.Status415UnsupportedMediaType,
                "Content-Type must be application/json (or application/graphql).", ErrorCodes.UnsupportedMediaType);
        }

        var body = await RequestBody.ReadAsync(request, options.MaxRequestBodyBytes, cancellationToken);
        return isGraphQL
            ? new GraphQLHttpRequest(RequireQuery(System.Text.Encoding.UTF8.GetString(body)), null, null, null)
            : ParseJsonBody(body);
    }

    private GraphQLHttpRequest ParseJsonBody(byte[] body)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw GraphQLHttpException.BadRequest("The request body is not valid JSON.");
        }

        if (root.ValueKind == JsonValueKind.Array)
        {
            throw GraphQLHttpException.BadRequest("Batched requests are not supported; send one operation per request.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw GraphQLHttpException.BadRequest("The request body must be a JSON object.");
        }

        return ReadRequest(root);
    }

    /// <summary>A request from a JSON object <c>{query, operationName?, variables?, extensions?}</c> (also a WebSocket subscribe payload).</summary>
    public GraphQLHttpRequest ReadRequest(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw GraphQLHttpException.BadRequest("The request must be a JSON object.");
        }

        return new GraphQLHttpRequest(
            RequireQuery(ReadString(root, "query")),
            ReadString(root, "operationName"),
            ReadObject(root, "variables"),
            ReadObject(root, "extensions"));
    }

    private static string? ReadString(JsonElement root, string name) => root.TryGetProperty(name, out var value)
        ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw GraphQLHttpException.BadRequest($"'{name}' must be a string."),
        }
        : null;

    private Inputs? ReadObject(JsonElement root, string name) => root.TryGetProperty(name, out var value)
        ? value.ValueKind switch
        {
            JsonValueKind.Object => serializer.ReadNode<Inputs>(value),
            JsonValueKind.Null => null,
            _ => throw GraphQLHttpException.BadRequest($"'{name}' must be a JSON object."),
        }
        : null;

    private Inputs? ParseJsonObject(string? json, string name)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => serializer.ReadNode<Inputs>(document.RootElement.Clone()),
                JsonValueKind.Null => null,
                _ => throw GraphQLHttpException.BadRequest($"'{name}' must be a JSON object."),
            };
        }
        catch (JsonException)
        {
            throw GraphQLHttpException.BadRequest($"'{name}' is not valid JSON.");
        }
    }

    private static string RequireQuery(string? query) => string.IsNullOrWhiteSpace(query)
        ? throw GraphQLHttpException.BadRequest("The 'query' parameter is required and must be a non-empty string.")
        : query;
}
