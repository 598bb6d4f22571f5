using System.Text.Json.Nodes;

namespace Commerce.Api.Tests.Infrastructure;

/// <summary>Reads a mutation payload's <c>userErrors</c> as "CODE at input.path" strings, easy to assert on.</summary>
public static class MutationResults
{
    public static List<string> UserErrors(this JsonNode payload) =>
        payload["userErrors"]!.AsArray()
            .Select(e => $"{e!["code"]!.GetValue<string>()} at {string.Join('.', e["field"]?.AsArray().Select(f => f!.GetValue<string>()) ?? [])}")
            .ToList();

    /// <summary>Runs a mutation, asserts it executed, and returns the payload at <paramref name="field"/>.</summary>
    public static async Task<JsonNode> MutateAsync(this GraphQLClient client, string field, string document, object input)
    {
        var data = await client.QueryAsync(document, new { input });
        return data[field]!;
    }
}
