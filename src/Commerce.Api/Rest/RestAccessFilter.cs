using Commerce.Api.Auth;
using Commerce.GraphQL.Server.Errors;

namespace Commerce.Api.Rest;

/// <summary>
/// Runs around every <c>/api/v1</c> endpoint, in this order: 401 without credentials (bad credentials were already
/// refused by the authentication middleware), 403 without the endpoint's <see cref="RestScope"/>, 429 when the caller's
/// bucket is empty (<see cref="RestRateLimit"/>; refused requests above are not charged). Refusals the parsing helpers
/// throw (<see cref="RestRequestException"/>) become error responses here.
/// </summary>
public sealed class RestAccessFilter(RestRateLimit rateLimit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var caller = Caller.From(http.User);
        if (caller.IsAnonymous)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return RestErrors.Result(StatusCodes.Status401Unauthorized, RestErrors.Unauthenticated,
                "Send an API key: `Authorization: Bearer cgk_…` or `X-API-Key: cgk_…`.");
        }

        if (http.GetEndpoint()?.Metadata.GetMetadata<RestScope>() is { } scope && !caller.Has(scope.Name))
        {
            return RestErrors.Result(StatusCodes.Status403Forbidden, RestErrors.Forbidden, $"This needs the `{scope.Name}` scope.");
        }

        if (!rateLimit.TryCharge(http))
        {
            return RestErrors.Result(StatusCodes.Status429TooManyRequests, RestErrors.Throttled,
                $"Too many requests: retry in {http.Response.Headers.RetryAfter} second(s).");
        }

        try
        {
            return await next(context);
        }
        catch (RestRequestException refused)
        {
            return refused.ToResult();
        }
        catch (InvalidGlobalIdException invalid)
        {
            // A malformed id inside a body (a line's variantId) that a handler decodes strictly: a malformed request, as in GraphQL.
            return RestErrors.Result(StatusCodes.Status400BadRequest, invalid.Code ?? "INVALID_ID", invalid.Message);
        }
    }
}
