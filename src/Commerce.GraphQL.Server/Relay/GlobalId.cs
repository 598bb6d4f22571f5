using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Commerce.GraphQL.Server.Errors;

namespace Commerce.GraphQL.Server.Relay;

/// <summary>
/// Opaque Relay ids: base64url of <c>"TypeName:key"</c>. Clients must treat them as opaque; the same string is
/// used in GraphQL, REST and webhooks. Decoding garbage or another type's id throws
/// <see cref="InvalidGlobalIdException"/> (code <c>INVALID_ID</c>).
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, string key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + key));

    public static string Encode(string typeName, object key) =>
        Encode(typeName, Convert.ToString(key, CultureInfo.InvariantCulture) ?? string.Empty);

    /// <summary>Decodes any well-formed id into its type name and key.</summary>
    public static (string TypeName, string Key) Decode(string id) =>
        TryDecode(id, out var typeName, out var key) ? (typeName, key) : throw InvalidGlobalIdException.For(null);

    public static bool TryDecode(string? id, out string typeName, out string key)
    {
        (typeName, key) = (string.Empty, string.Empty);
        if (string.IsNullOrEmpty(id) || id.Length > 512 || !Base64Url.IsValid(id))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(Base64Url.DecodeFromChars(id));
        }
        catch (ArgumentException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        (typeName, key) = (text[..colon], text[(colon + 1)..]);
        return true;
    }

    /// <summary>The key of an id that must name <paramref name="expectedTypeName"/>.</summary>
    public static string DecodeKey(string id, string expectedTypeName) =>
        TryDecode(id, out var typeName, out var key) && typeName == expectedTypeName
            ? key
            : throw InvalidGlobalIdException.For(expectedTypeName);

    public static int DecodeInt(string id, string expectedTypeName) =>
        int.TryParse(DecodeKey(id, expectedTypeName), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw InvalidGlobalIdException.For(expectedTypeName);

    public static long DecodeLong(string id, string expectedTypeName) =>
        long.TryParse(DecodeKey(id, expectedTypeName), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw InvalidGlobalIdException.For(expectedTypeName);

    public static Guid DecodeGuid(string id, string expectedTypeName) =>
        Guid.TryParse(DecodeKey(id, expectedTypeName), out var value)
            ? value
            : throw InvalidGlobalIdException.For(expectedTypeName);
}
