using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Commerce.GraphQL.Server.Http;

/// <summary>
/// Chooses the response media type from <c>Accept</c>, as the GraphQL-over-HTTP spec says:
/// no <c>Accept</c> header means <c>application/json</c> (the spec's legacy-client rule); otherwise the
/// highest-q acceptable type wins, <c>application/graphql-response+json</c> on ties (so <c>*/*</c> gets it);
/// null when nothing acceptable (406).
/// </summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var candidate in new[] { GraphQLResponseJson, Json })
        {
            var quality = QualityFor(candidate, ranges);
            if (quality > bestQuality)
            {
                (best, bestQuality) = (candidate, quality);
            }
        }

        return best;
    }

    private static double QualityFor(string mediaType, IList<MediaTypeHeaderValue> ranges)
    {
        return ranges
            .Where(range => Matches(mediaType, range) && IsUtf8(range))
            .Select(range => range.Quality ?? 1.0)
            .DefaultIfEmpty(0)
            .Max();
    }

    // Exact type/subtype or wildcards only: ASP.NET Core's IsSubsetOf would also let application/json match
    // application/graphql-response+json through the +json suffix, which the spec does not intend.
    private static bool Matches(string mediaType, MediaTypeHeaderValue range)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        return range.MediaType.Equals("*/*", StringComparison.Ordinal)
            || (range.SubType.Equals("*", StringComparison.Ordinal) && range.Type.Equals(mediaType[..slash], StringComparison.OrdinalIgnoreCase))
            || range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsUtf8(MediaTypeHeaderValue range) =>
        !range.Charset.HasValue || range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
}
