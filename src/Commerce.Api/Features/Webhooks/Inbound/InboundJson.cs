using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commerce.Api.Features.Webhooks.Inbound;

/// <summary>Reads an inbound body (camelCase, numbers also as strings); a body that is not the expected JSON is a problem to answer with 400.</summary>
public static class InboundJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    public static (T? Value, string? Problem) Read<T>(string body, string what) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Options) is { } value ? (value, null) : (null, "The body must be a JSON object.");
        }
        catch (JsonException exception)
        {
            return (null, $"The body is not {what}: {exception.Message}");
        }
    }
}
