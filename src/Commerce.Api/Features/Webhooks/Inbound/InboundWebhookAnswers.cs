using Commerce.Api.Features.Orders;
using Commerce.GraphQL.Server.Errors;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Webhooks;
using GraphQL;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>
/// The HTTP answers of the inbound endpoints. Refusals before anything is recorded use the REST error envelope
/// <c>{ "error": { "code", "message" } }</c>; a recorded event is answered with its outcome (docs/webhooks.md).
/// </summary>
public static class InboundWebhookAnswers
{
    public const string InvalidSignature = "INVALID_SIGNATURE";

    public static IResult Malformed(string message) => Error(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    public static IResult Unsigned() => Error(StatusCodes.Status401Unauthorized, InvalidSignature,
        $"The {WebhookSignature.HeaderName} header is missing or malformed, its timestamp is outside the tolerance, or no signature matches.");

    public static IResult UnknownSender(string kind, string name) =>
        Error(StatusCodes.Status404NotFound, "NOT_FOUND", $"No {kind} sender \"{name}\" is configured.");

    public static IResult TooLarge(int limit) =>
        Error(StatusCodes.Status413RequestEntityTooLarge, ErrorCodes.RequestTooLarge, $"The body is larger than {limit} bytes.");

    /// <summary>200 (processed, ignored, or a duplicate), <paramref name="createdStatus"/> for a fresh processed event, 202 deferred, 422 failed.</summary>
    public static IResult For(InboundResult result, int createdStatus = StatusCodes.Status200OK)
    {
        var outcome = result.Outcome;
        var status = result.Duplicate ? StatusCodes.Status200OK : outcome.Status switch
        {
            InboundWebhookStatus.Processed => createdStatus,
            InboundWebhookStatus.Deferred => StatusCodes.Status202Accepted,
            InboundWebhookStatus.Failed => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status200OK,
        };
        var errors = outcome.Errors ?? [];
        return Results.Json(new
        {
            eventId = result.EventId,
            status = outcome.Status.ToString().ToLowerInvariant(),
            duplicate = result.Duplicate,
            message = outcome.Message,
            orderId = outcome.OrderId is { } id ? GlobalId.Encode(OrderType.TypeName, id) : null,
            error = errors.Count == 0 ? null : new
            {
                code = errors[0].Code.ToString().ToConstantCase(),
                message = errors[0].Message,
                details = errors.Select(e => new { field = Field(e.Field), code = e.Code.ToString().ToConstantCase(), message = e.Message }),
            },
        }, statusCode: status);
    }

    /// <summary>"lines.0.quantity": the user error's path without the graph's leading "input".</summary>
    private static string? Field(IReadOnlyList<string>? path) =>
        path is null ? null : string.Join('.', path.Count > 0 && path[0] == "input" ? path.Skip(1) : path);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
