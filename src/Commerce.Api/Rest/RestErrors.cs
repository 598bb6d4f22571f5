namespace Commerce.Api.Rest;

/// <summary>The shim's own error codes (user errors keep the graph's <c>UserErrorCode</c> names) and error responses.</summary>
public static class RestErrors
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string Throttled = "THROTTLED";
    public const string NotFound = "NOT_FOUND";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string MalformedJson = "MALFORMED_JSON";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The authentication middleware's 401 for a bad, expired or revoked credential on a shim path.</summary>
    public static Task WriteChallengeAsync(HttpResponse response, string failure)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return response.WriteAsJsonAsync(new RestErrorBody(new RestError(Unauthenticated, failure, [])), RestJson.Options);
    }

    public static IResult Result(int status, string code, string message, IReadOnlyList<RestErrorDetail>? details = null) =>
        Results.Json(new RestErrorBody(new RestError(code, message, details ?? [])), RestJson.Options, statusCode: status);
}
