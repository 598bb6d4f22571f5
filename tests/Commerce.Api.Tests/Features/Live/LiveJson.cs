using System.Text.Json.Nodes;

namespace Commerce.Api.Tests.Features.Live;

public static class LiveJson
{
    /// <summary>One string property of each event.</summary>
    public static List<string?> Strings(this IEnumerable<JsonObject> events, string property) =>
        [.. events.Select(e => e[property]?.GetValue<string>())];
}
