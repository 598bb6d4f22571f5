using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Commerce.GraphQL.Server.Tests.Subscriptions;

public sealed class ServerSentEventsTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private SubscriptionTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SubscriptionTestHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.Zero);

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Post_StreamsNextEventsThenComplete_WhenSubscriptionPublishesAndEnds()
    {
        using var response = await SendAsync("""subscription { events }""");
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await _host.Events.WaitForSubscribersAsync(1);

        _host.Events.Publish("one");
        Assert.Equal("one", (await ReadEventAsync(reader, "next")).GetProperty("data").GetProperty("events").GetString());
        _host.Events.Publish("two");
        Assert.Equal("two", (await ReadEventAsync(reader, "next")).GetProperty("data").GetProperty("events").GetString());
        _host.Events.Complete();
        await ReadEventAsync(reader, "complete");
    }

    [Fact]
    public async Task Get_SendsOneNextThenComplete_WhenOperationIsAQuery()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _host.HttpAddress + "?query=" + Uri.EscapeDataString("{ hello }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        Assert.Equal("world", (await ReadEventAsync(reader, "next")).GetProperty("data").GetProperty("hello").GetString());
        await ReadEventAsync(reader, "complete");
    }

    [Fact]
    public async Task Post_SendsErrorsAsNextThenComplete_WhenValidationFails()
    {
        using var response = await SendAsync("""subscription { secretEvents }""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        var next = await ReadEventAsync(reader, "next");
        Assert.Equal("UNAUTHENTICATED", next.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await ReadEventAsync(reader, "complete");
    }

    [Fact]
    public async Task Post_AnswersWithJson400_WhenRequestIsMalformed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.HttpAddress)
        {
            Content = new StringContent("{", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Disconnect_UnsubscribesTheSource()
    {
        var response = await SendAsync("""subscription { events }""");
        await _host.Events.WaitForSubscribersAsync(1);

        response.Dispose();

        await _host.Events.WaitForSubscribersAsync(0);
    }

    [Fact]
    public async Task PlainJsonPost_ReturnsAClearError_WhenOperationIsASubscription()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.HttpAddress)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = "subscription { events }" }), Encoding.UTF8, "application/json"),
        };
        using var response = await _http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text/event-stream", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(0, _host.Events.SubscriberCount);
    }

    private async Task<HttpResponseMessage> SendAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _host.HttpAddress)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    // One SSE event: "event: <name>" then "data: <json>" then a blank line.
    private static async Task<JsonElement> ReadEventAsync(StreamReader reader, string expectedEvent)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? eventName = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0 && eventName is not null)
            {
                Assert.Equal(expectedEvent, eventName);
                return data.Length == 0 ? default : JsonDocument.Parse(data.ToString()).RootElement.Clone();
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line["event: ".Length..];
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line["data:".Length..].TrimStart());
            }
        }

        throw new InvalidOperationException("The stream ended before the event.");
    }
}
