using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commerce.Api.Ide;

/// <summary>The document the IDE fetches from <c>bcp-config.json</c> beside its index.html.</summary>
internal sealed record BananaCakePopConfig(
    string Title,
    string Endpoint,
    bool UseBrowserUrlAsEndpoint,
    string SubscriptionProtocol,
    // Without this the page loads analytics from an outside host; the IDE must work offline.
    bool DisableTelemetry)
{
    public static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static BananaCakePopConfig For(BananaCakePopOptions options, PathString endpoint) =>
        new(options.Title, endpoint.Value ?? "/", UseBrowserUrlAsEndpoint: true, options.SubscriptionProtocol,
            DisableTelemetry: true);
}
