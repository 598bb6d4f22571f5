using Commerce.Api.Features.Common.Mutations;

namespace Commerce.Api.Rest;

/// <summary>
/// A handler's user errors as one REST error. The status: 404 when the object the path names is missing (NOT_FOUND or
/// INVALID_ID on its id field), 409 for conflicts (VERSION_CONFLICT, ALREADY_EXISTS, ILLEGAL_TRANSITION,
/// IDEMPOTENCY_KEY_REUSED), otherwise 422. The code and message are the first user error's, exactly as GraphQL gives
/// them; <c>details</c> lists every one with its field path (without the graph's leading <c>input</c>).
/// </summary>
public static class RestUserErrors
{
    private static readonly UserErrorCode[] Conflicts =
        [UserErrorCode.VersionConflict, UserErrorCode.AlreadyExists, UserErrorCode.IllegalTransition, UserErrorCode.IdempotencyKeyReused];

    /// <param name="errors">The handler's user errors (at least one).</param>
    /// <param name="pathIdField">The input field the path's id was passed in, e.g. "orderId".</param>
    public static IResult Result(IReadOnlyList<UserError> errors, string? pathIdField = null)
    {
        var first = errors[0];
        var status = errors.Any(e => e.Code is UserErrorCode.NotFound or UserErrorCode.InvalidId && pathIdField is not null && Field(e) == pathIdField)
            ? StatusCodes.Status404NotFound
            : errors.Any(e => Conflicts.Contains(e.Code)) ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return RestErrors.Result(status, RestJson.Name(first.Code), first.Message,
            [.. errors.Select(e => new RestErrorDetail(Field(e), e.Message, RestJson.Name(e.Code)))]);
    }

    private static string? Field(UserError error) => error.Field is { Count: > 0 } path
        ? string.Join('.', path[0] == "input" ? path.Skip(1) : path)
        : null;
}
