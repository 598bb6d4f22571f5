using System.Text;
using System.Text.Json;

namespace Commerce.GraphQL.Server.Tests.TestSupport;

/// <summary>Sends raw HTTP requests to the test endpoint, with full control over headers and body.</summary>
public static class HttpTestClient
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static async Task<HttpResponseMessage> SendAsync(TestHost host, HttpMethod method, string? body, string? contentType, string? accept, string url = "/graphql", params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, url);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await host.Client.SendAsync(request);
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
