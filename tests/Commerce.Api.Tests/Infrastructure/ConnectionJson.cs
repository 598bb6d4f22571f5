using System.Text.Json.Nodes;

namespace Commerce.Api.Tests.Infrastructure;

/// <summary>Reads connection-shaped results (<c>{ nodes [...] pageInfo {...} }</c>) out of response data.</summary>
public static class ConnectionJson
{
    /// <summary>The <c>nodes</c> of the connection at <paramref name="field"/>.</summary>
    public static List<JsonNode> Nodes(this JsonNode data, string field) =>
        data[field]!["nodes"]!.AsArray().Select(n => n!).ToList();

    /// <summary>One string property of each node of the connection at <paramref name="field"/>.</summary>
    public static List<string> Strings(this JsonNode data, string field, string property) =>
        data.Nodes(field).Select(n => n[property]!.GetValue<string>()).ToList();
}
