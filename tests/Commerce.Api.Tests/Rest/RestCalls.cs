using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Commerce.Api.Tests.Rest;

/// <summary>A shim response: status, headers and the parsed JSON body (null for 304 and empty bodies).</summary>
public sealed record RestResponse(HttpStatusCode Status, HttpResponseHeaders Headers, JsonNode? Body)
{
    public string ErrorCode => Body!["error"]!["code"]!.GetValue<string>();

    public string ErrorMessage => Body!["error"]!["message"]!.GetValue<string>();

    public JsonArray Data => Body!["data"]!.AsArray();

    public int Meta(string name) => Body!["meta"]![name]!.GetValue<int>();

    public string Header(string name) => Assert.Single(Headers.GetValues(name));
}

/// <summary>Short calls of the shim from a test's <see cref="HttpClient"/>.</summary>
public static class RestCalls
{
    public static Task<RestResponse> GetRestAsync(this HttpClient http, string path, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return SendAsync(http, request);
    }

    public static Task<RestResponse> PostRestAsync(this HttpClient http, string path, object? body = null) =>
        SendAsync(http, new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) });

    public static Task<RestResponse> PatchRestAsync(this HttpClient http, string path, object body) =>
        SendAsync(http, new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonContent.Create(body) });

    public static HttpClient WithKey(this HttpClient http, string? key)
    {
        http.DefaultRequestHeaders.Authorization = key is null ? null : new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    private static async Task<RestResponse> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using (request)
        using (var response = await http.SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            return new RestResponse(response.StatusCode, response.Headers, text.Length == 0 ? null : JsonNode.Parse(text));
        }
    }
}
