using System.Text.Json;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

public static class JsonAssertions
{
    public static string FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public static string FirstCode(this JsonElement error) =>
        error.GetProperty("extensions").GetProperty("code").GetString()!;

    public static bool HasErrors(this JsonElement body) => body.TryGetProperty("errors", out _);

    public static JsonElement Data(this JsonElement body, params string[] path)
    {
        var current = body.GetProperty("data");
        foreach (var segment in path)
        {
            current = current.GetProperty(segment);
        }

        return current;
    }
}
