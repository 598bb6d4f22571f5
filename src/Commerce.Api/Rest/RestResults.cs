using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace Commerce.Api.Rest;

/// <summary>Successful responses. GETs carry a strong <c>ETag</c> (a hash of the body) and answer a matching <c>If-None-Match</c> with 304.</summary>
public static class RestResults
{
    public static IResult Ok<T>(HttpContext http, T body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, RestJson.Options);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16))}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "private, no-cache";
        return Matches(http.Request.Headers.IfNoneMatch, etag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(bytes, "application/json; charset=utf-8");
    }

    /// <summary>201 with a <c>Location</c> header naming the new resource.</summary>
    public static IResult Created<T>(string location, T body) =>
        new CreatedResult(location, Results.Json(body, RestJson.Options, statusCode: StatusCodes.Status201Created));

    public static IResult Json<T>(T body) => Results.Json(body, RestJson.Options);

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false));

    private sealed class CreatedResult(string location, IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
