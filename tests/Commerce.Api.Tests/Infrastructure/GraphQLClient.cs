using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commerce.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests the way a storefront does and reads the spec's response shape.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(body)!.AsObject());
    }

    /// <summary>Posts and asserts the request executed without errors; returns <c>data</c>.</summary>
    public async Task<JsonObject> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Data!;
    }
}

/// <summary>A GraphQL response: status, <c>data</c>, <c>errors</c> and the SQL commands it took.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, JsonObject Body)
{
    public JsonObject? Data => Body["data"] as JsonObject;

    public JsonArray? Errors => Body["errors"] as JsonArray;

    /// <summary>The SQL commands the request issued (extensions.sqlCommands).</summary>
    public int SqlCommands => Body["extensions"]?["sqlCommands"]?.GetValue<int>()
        ?? throw new InvalidOperationException("The response has no extensions.sqlCommands.");

    /// <summary>The first error's extensions.code.</summary>
    public string? ErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public string ErrorMessages => string.Join(" | ", Errors?.Select(e => e?["message"]?.GetValue<string>()) ?? []);

    public override string ToString() => Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}
