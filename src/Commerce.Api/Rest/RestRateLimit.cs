using System.Globalization;
using Commerce.GraphQL.Server.Cost;
using Commerce.GraphQL.Server.Limits;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Rest;

/// <summary>
/// The shim draws from the same per-caller bucket of cost points as GraphQL (<see cref="ICostBucketStore"/>, keyed the
/// way <see cref="GraphQLLimitsOptions.CallerKey"/> keys it), so a caller cannot double its budget by switching API.
/// A read costs <see cref="ReadCost"/> point, a write <see cref="WriteCost"/> (a GraphQL mutation's base cost).
/// </summary>
public sealed class RestRateLimit(IOptions<GraphQLLimitsOptions> limits, ICostBucketStore buckets)
{
    public const int ReadCost = 1;
    public const int WriteCost = 10;

    /// <summary>Takes the request's points and writes <c>X-RateLimit-*</c>; false (and <c>Retry-After</c>) when the bucket is short.</summary>
    public bool TryCharge(HttpContext http)
    {
        var points = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) ? ReadCost : WriteCost;
        var status = buckets.TryTake(limits.Value.CallerKey(http.User, http), points, out var granted);
        var headers = http.Response.Headers;
        headers["X-RateLimit-Limit"] = N(status.MaximumAvailable);
        headers["X-RateLimit-Remaining"] = N((int)Math.Floor(status.CurrentlyAvailable));
        headers["X-RateLimit-Reset"] = N(status.SecondsUntil(status.MaximumAvailable));
        if (!granted)
        {
            headers.RetryAfter = N(Math.Max(1, status.SecondsUntil(points)));
        }

        return granted;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
