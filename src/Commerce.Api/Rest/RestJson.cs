using System.Text.Json;
using System.Text.Json.Serialization;

namespace Commerce.Api.Rest;

/// <summary>
/// The shim's JSON: camelCase names, enums as the graph writes them (<c>PARTIALLY_FULFILLED</c>; read case-insensitively),
/// numbers also accepted as strings (money amounts travel as "19.99"), nulls left out of responses.
/// </summary>
public static class RestJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper), new UtcDateTimeConverter() },
    };

    /// <summary>An enum value as the shim (and the graph) names it, e.g. <c>OUT_OF_STOCK</c>.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());
}
