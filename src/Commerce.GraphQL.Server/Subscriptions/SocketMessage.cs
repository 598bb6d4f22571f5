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
    /// The messages of one type and id whose payloads are already UTF-8 JSON (results, often serialized once for many
    /// subscribers): <c>{"id":…,"type":…,"payload":</c> is written once, each message copies it and the payload.
    /// </summary>
    public sealed class Envelope(string type, string id)
    {
        private readonly byte[] _head = Head(type, id);

        public byte[] Wrap(ReadOnlySpan<byte> payloadUtf8)
        {
            var message = new byte[_head.Length + payloadUtf8.Length + 1];
            _head.CopyTo(message, 0);
            payloadUtf8.CopyTo(message.AsSpan(_head.Length));
            message[^1] = (byte)'}';
            return message;
        }

        // The message written with an empty object as the payload, less its last three bytes: the "{}" payload and
        // the message's closing "}", which Wrap puts back after the real payload.
        private static byte[] Head(string type, string id)
        {
            var whole = System.Text.Encoding.UTF8.GetBytes(Write(type, id, "{}"));
            return whole[..^3];
        }
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
