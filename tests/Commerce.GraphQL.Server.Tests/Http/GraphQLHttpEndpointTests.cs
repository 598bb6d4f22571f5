using System.Net;
using System.Text;
using System.Text.Json;
using Commerce.GraphQL.Server.Tests.TestSupport;

namespace Commerce.GraphQL.Server.Tests.Http;

public sealed class GraphQLHttpEndpointTests(TestHost host) : IClassFixture<TestHost>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Fact]
    public async Task Post_Returns200GraphQLResponse_WhenAcceptAllowsIt()
    {
        using var response = await SendAsync(HttpMethod.Post, """{"query":"{ hello }"}""", Json, GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("world", (await BodyAsync(response)).Data("hello").GetString());
    }

    [Fact]
    public async Task Post_AppliesConfigureExecution_InRequestScope()
    {
        using var response = await SendAsync(HttpMethod.Post, """{"query":"{ tenant sameLoaderPerRequest }"}""", Json, GraphQLResponse,
            headers: ("X-Tenant", "acme"));

        var body = await BodyAsync(response);
        Assert.Equal("acme", body.Data("tenant").GetString());
        Assert.True(body.Data("sameLoaderPerRequest").GetBoolean());
    }

    [Fact]
    public async Task Post_ReturnsApplicationJson_WhenAcceptIsMissing()
    {
        using var response = await SendAsync(HttpMethod.Post, """{"query":"{ hello }"}""", Json, accept: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_PrefersGraphQLResponse_WhenAcceptIsWildcard()
    {
        using var response = await SendAsync(HttpMethod.Post, """{"query":"{ hello }"}""", Json, "*/*");

        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_HonoursQuality_WhenJsonIsPreferred()
    {
        using var response = await SendAsync(HttpMethod.Post, """{"query":"{ hello }"}""", Json, $"{GraphQLResponse};q=0.5, {Json}");

        Assert.Equal(Json, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_Returns406_WhenNothingAcceptable()
    {
        using var response = await SendAsync(HttpMethod.Post, """{"query":"{ hello }"}""", Json, "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await BodyAsync(response)).FirstErrorCode());
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Post_StatusDependsOnMediaType_WhenValidationFails(string accept, HttpStatusCode expected)
    {
        using var response = await SendAsync(HttpMethod.Post, """{"query":"{ nope }"}""", Json, accept);

        Assert.Equal(expected, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(body.GetProperty("errors")[0].GetProperty("message").GetString()!);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Post_StatusDependsOnMediaType_WhenSyntaxIsInvalid(string accept, HttpStatusCode expected)
    {
        using var response = await SendAsync(HttpMethod.Post, """{"query":"{ hello "}""", Json, accept);

        Assert.Equal(expected, response.StatusCode);
        Assert.True((await BodyAsync(response)).HasErrors());
    }

    [Fact]
    public async Task Post_Returns200WithDataAndErrors_WhenAFieldFails()
    {
        using var response = await SendAsync(HttpMethod.Post, """{"query":"{ hello known }"}""", Json, GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal("world", body.Data("hello").GetString());
        Assert.Equal("KNOWN", body.FirstErrorCode());
        Assert.Equal("known", body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }

    [Theory]
    [InlineData("""{"query":"{ hello }" """, "not valid JSON")]
    [InlineData("""{"operationName":"x"}""", "'query'")]
    [InlineData("""{"query":42}""", "'query' must be a string")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""", "'variables' must be a JSON object")]
    [InlineData("""{"query":"{ hello }","operationName":5}""", "'operationName' must be a string")]
    [InlineData("""[{"query":"{ hello }"}]""", "Batched requests are not supported")]
    [InlineData("\"just a string\"", "must be a JSON object")]
    public async Task Post_Returns400_WhenRequestIsMalformed(string body, string expectedMessage)
    {
        foreach (var accept in new[] { GraphQLResponse, Json })
        {
            using var response = await SendAsync(HttpMethod.Post, body, Json, accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = (await BodyAsync(response)).GetProperty("errors")[0];
            Assert.Contains(expectedMessage, error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Post_ExecutesBody_WhenContentTypeIsApplicationGraphQL()
    {
        using var response = await SendAsync(HttpMethod.Post, "{ hello }", "application/graphql", GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", (await BodyAsync(response)).Data("hello").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task Post_Returns415_WhenContentTypeIsNotJson(string? contentType)
    {
        using var response = await SendAsync(HttpMethod.Post, """{"query":"mutation { setHello }"}""", contentType, GraphQLResponse);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (await BodyAsync(response)).FirstErrorCode());
    }

    [Fact]
    public async Task Post_Returns413_WhenBodyExceedsLimit()
    {
        var body = JsonSerializer.Serialize(new { query = "{ hello }" + new string(' ', 5000) });
        using var response = await SendAsync(HttpMethod.Post, body, Json, GraphQLResponse);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_ENTITY_TOO_LARGE", (await BodyAsync(response)).FirstErrorCode());
    }

    [Fact]
    public async Task Get_ExecutesQuery_WithVariablesAndOperationName()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query A($id: ID!) { itemKey(id: $id) } query B { hello }")
            + "&operationName=A&variables=" + Uri.EscapeDataString("""{"id":"SXRlbTo0Mg"}""");
        using var response = await SendAsync(HttpMethod.Get, null, null, GraphQLResponse, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(42, (await BodyAsync(response)).Data("itemKey").GetInt32());
    }

    [Fact]
    public async Task Get_Returns405WithAllowPost_WhenOperationIsMutation()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("mutation { setHello }");
        using var response = await SendAsync(HttpMethod.Get, null, null, GraphQLResponse, url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Get_Returns406_WhenAcceptIsHtmlOnly()
    {
        using var response = await SendAsync(HttpMethod.Get, null, null, "text/html", "/graphql?query=%7B%20hello%20%7D");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%5B%5D")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%7Bnope")]
    [InlineData("/graphql")]
    public async Task Get_Returns400_WhenParametersAreMalformed(string url)
    {
        using var response = await SendAsync(HttpMethod.Get, null, null, Json, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", (await BodyAsync(response)).FirstErrorCode());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Send_Returns405WithAllow_WhenMethodIsNotGetOrPost(string method)
    {
        using var response = await SendAsync(new HttpMethod(method), """{"query":"{ hello }"}""", Json, GraphQLResponse);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string? body, string? contentType, string? accept, string url = "/graphql", params (string Name, string Value)[] headers)
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

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
