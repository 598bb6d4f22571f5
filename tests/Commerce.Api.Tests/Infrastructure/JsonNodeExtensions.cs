using System.Text.Json.Nodes;

namespace Commerce.Api.Tests.Infrastructure;

/// <summary>Short reads of GraphQL response data, so assertions stay about behaviour.</summary>
public static class JsonNodeExtensions
{
    /// <summary>The <c>nodes</c> of the connection at <paramref name="field"/>.</summary>
    public static JsonArray Nodes(this JsonNode data, string field) => data[field]!["nodes"]!.AsArray();

    /// <summary>The string property <paramref name="name"/> of each item.</summary>
    public static List<string> Strings(this JsonArray items, string name) =>
        items.Select(i => i![name]!.GetValue<string>()).ToList();

    /// <summary>The int property <paramref name="name"/> of each item.</summary>
    public static List<int> Ints(this JsonArray items, string name) =>
        items.Select(i => i![name]!.GetValue<int>()).ToList();
}
