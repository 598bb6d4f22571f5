namespace Commerce.Api.Rest;

/// <summary>The body of every error: <c>{ "error": { "code", "message", "details": [{ "field", "message" }] } }</c>.</summary>
public sealed record RestErrorBody(RestError Error);

/// <summary>What went wrong: a stable code, a message for people, and one detail per offending input value.</summary>
public sealed record RestError(string Code, string Message, IReadOnlyList<RestErrorDetail> Details);

/// <summary>One offending value: its path in the request (<c>lines.0.quantity</c>, a query parameter), why, and its own code.</summary>
public sealed record RestErrorDetail(string? Field, string Message, string? Code = null);

/// <summary>
/// A request the shim refuses before any handler runs (bad query parameter, malformed body, unknown id). Thrown by the
/// parsing helpers and turned into an error response by <see cref="RestAccessFilter"/>, so endpoints stay linear.
/// </summary>
public sealed class RestRequestException(int status, string code, string message, params RestErrorDetail[] details) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public IReadOnlyList<RestErrorDetail> Details { get; } = details;

    public IResult ToResult() => RestErrors.Result(Status, Code, Message, Details);

    /// <summary>400 INVALID_ARGUMENT about one query parameter or body field.</summary>
    public static RestRequestException Invalid(string field, string message) =>
        new(StatusCodes.Status400BadRequest, RestErrors.InvalidArgument, message, new RestErrorDetail(field, message));

    /// <summary>404 NOT_FOUND for an id in the path that is malformed, of another type, or names no row.</summary>
    public static RestRequestException NotFound(string typeName) =>
        new(StatusCodes.Status404NotFound, RestErrors.NotFound, $"No {typeName} has this id.");
}
