using System.Buffers.Text;
using System.Text.Json;
using Commerce.GraphQL.Server.Errors;

namespace Commerce.GraphQL.Server.Paging;

/// <summary>
/// Opaque keyset cursors: base64url JSON of the type name, the ordering's identity and the row's sort key
/// values, each written and read as its key's CLR type. A cursor of another type or order is INVALID_CURSOR.
/// </summary>
internal static class Cursor
{
    private sealed record Payload(string T, string O, JsonElement[] V);

    public static string Encode<T>(string typeName, Ordering<T> ordering, T row)
    {
        var values = ordering.Keys.Select(k => JsonSerializer.SerializeToElement(k.ValueOf(row), k.KeyType)).ToArray();
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Payload(typeName, ordering.Identity, values)));
    }

    public static IReadOnlyList<object?> Decode<T>(string cursor, string typeName, Ordering<T> ordering)
    {
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(cursor));
            if (payload is null || payload.T != typeName || payload.O != ordering.Identity || payload.V.Length != ordering.Keys.Count)
            {
                throw Invalid();
            }

            return ordering.Keys.Select((k, i) => payload.V[i].Deserialize(k.KeyType)).ToList();
        }
        catch (Exception ex) when (ex is FormatException or JsonException or NotSupportedException or ArgumentException)
        {
            throw Invalid();
        }
    }

    private static GraphQLServerError Invalid() => new(
        "The cursor is not valid for this list and order; request the first page again.", ErrorCodes.InvalidCursor);
}
