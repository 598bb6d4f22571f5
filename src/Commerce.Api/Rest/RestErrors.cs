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

    public static IResult Result(int status, string code, string message, IReadOnlyList<RestErrorDetail>? details = null) =>
        Results.Json(new RestErrorBody(new RestError(code, message, details ?? [])), RestJson.Options, statusCode: status);
}
