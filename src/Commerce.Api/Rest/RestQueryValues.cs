using System.Globalization;
using Commerce.GraphQL.Server.Relay;

namespace Commerce.Api.Rest;

/// <summary>Typed reads of query parameters; a malformed value is a 400 naming the parameter.</summary>
public static class RestQueryValues
{
    public static int Int(IQueryCollection query, string name, int fallback, int min, int max)
    {
        if (!query.TryGetValue(name, out var raw))
        {
            return fallback;
        }

        return int.TryParse(raw.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw RestRequestException.Invalid(name, $"`{name}` must be a whole number from {min}{(max == int.MaxValue ? " up" : $" to {max}")}.");
    }

    /// <summary>An ISO 8601 date or date-time; without an offset it is taken as UTC.</summary>
    public static DateTime Date(string value, string name) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime
            : throw RestRequestException.Invalid(name, $"`{name}` must be an ISO 8601 date-time, e.g. 2026-01-31T00:00:00Z.");

    /// <summary>An enum value as the graph names it (<c>PARTIALLY_FULFILLED</c>), case-insensitive.</summary>
    public static TEnum Enum<TEnum>(string value, string name)
        where TEnum : struct, Enum
    {
        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(RestJson.Name(candidate), value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw RestRequestException.Invalid(name, $"`{name}` must be one of {string.Join(", ", System.Enum.GetValues<TEnum>().Select(RestJson.Name))}.");
    }

    /// <summary>The key of a global id of <paramref name="typeName"/>; a 400 for anything else.</summary>
    public static int Id(string value, string typeName, string name) =>
        GlobalId.TryDecode(value, out var actual, out var key) && actual == typeName
        && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw RestRequestException.Invalid(name, $"`{name}` must be a {typeName} id.");

    public static bool Bool(string value, string name) =>
        bool.TryParse(value, out var flag) ? flag : throw RestRequestException.Invalid(name, $"`{name}` must be true or false.");

    /// <summary>The key of the global id in the path; 404 when it is malformed or of another type (as for no such row).</summary>
    public static int PathId(string value, string typeName) =>
        GlobalId.TryDecode(value, out var actual, out var key) && actual == typeName
        && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw RestRequestException.NotFound(typeName);
}
