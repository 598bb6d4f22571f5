using System.Text.Json;

namespace Commerce.GraphQL.Server.Subscriptions;

/// <summary>A message of either WebSocket protocol: <c>{type, id?, payload?}</c>.</summary>
internal sealed record SocketMessage(string Type, string? Id, JsonElement? Payload)
{
    /// <summary>The message, or null with a reason when the text is not a JSON object with a string <c>type</c>.</summary>
    public static SocketMessage? Parse(string text, out string error)
    {
        error = "Invalid message received";
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            error = "Invalid message received: 'type' must be a string";
            return null;
        }

        string? id = null;
        if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
        {
            if (idElement.ValueKind != JsonValueKind.String)
            {
                error = "Invalid message received: 'id' must be a string";
                return null;
            }

            id = idElement.GetString();
        }

        JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p : null;
        return new SocketMessage(type.GetString()!, id, payload);
    }

    /// <summary>
    /// The UTF-8 JSON of an outgoing message whose payload is already UTF-8 JSON (a result serialized once for many
    /// subscribers): the id is the only part written per message.
    /// </summary>
    public static byte[] WriteUtf8(string type, string id, ReadOnlySpan<byte> payloadUtf8)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(payloadUtf8.Length + id.Length + type.Length + 32);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, id);
            writer.WriteString("type"u8, type);
            writer.WritePropertyName("payload"u8);
            writer.WriteRawValue(payloadUtf8, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The JSON text of an outgoing message; <paramref name="payloadJson"/> is written as it is.</summary>
    public static string Write(string type, string? id = null, string? payloadJson = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            if (payloadJson is not null)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(payloadJson, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
