using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commerce.Api.Rest;

/// <summary>A request body read into a handler's input type, and the names of the fields it gave (a PATCH's null clears, a left-out field stays).</summary>
public sealed record RestBody<T>(T Input, IReadOnlySet<string> Provided);

public static class RestBodyReader
{
    /// <summary>400 MALFORMED_JSON for a body that is not a JSON object, 400 INVALID_ARGUMENT for a value of the wrong type; 415 for another media type.</summary>
    public static async Task<RestBody<T>> ReadAsync<T>(HttpContext http)
    {
        if (!http.Request.HasJsonContentType())
        {
            throw new RestRequestException(StatusCodes.Status415UnsupportedMediaType, RestErrors.UnsupportedMediaType, "Send the body as application/json.");
        }

        JsonObject body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject
                ?? throw new RestRequestException(StatusCodes.Status400BadRequest, RestErrors.MalformedJson, "The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new RestRequestException(StatusCodes.Status400BadRequest, RestErrors.MalformedJson, $"The body is not valid JSON: {e.Message}");
        }

        try
        {
            var input = body.Deserialize<T>(RestJson.Options) ?? throw new JsonException("The body is null.");
            return new RestBody<T>(input, body.Select(p => p.Key).ToHashSet(StringComparer.Ordinal));
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path[2..] : null;
            throw new RestRequestException(StatusCodes.Status400BadRequest, RestErrors.InvalidArgument,
                $"The body does not fit: {e.Message}", new RestErrorDetail(field, e.Message));
        }
    }
}
