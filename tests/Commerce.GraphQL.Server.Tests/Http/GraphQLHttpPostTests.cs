using System.Net;
using System.Text.Json;
using Commerce.GraphQL.Server.Tests.TestSupport;

namespace Commerce.GraphQL.Server.Tests.Http;

public sealed class GraphQLHttpPostTests(TestHost host) : IClassFixture<TestHost>
{
    private const string GraphQLResponse = HttpTestClient.GraphQLResponse;
    private const string Json = HttpTestClient.Json;

    [Fact]
    public async Task Post_Returns200GraphQLResponse_WhenAcceptAllowsIt()
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, """{"query":"{ hello }"}""", Json, GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("world", (await HttpTestClient.BodyAsync(response)).Data("hello").GetString());
    }

    [Fact]
    public async Task Post_AppliesConfigureExecution_InRequestScope()
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, """{"query":"{ tenant sameLoaderPerRequest }"}""", Json, GraphQLResponse,
            headers: ("X-Tenant", "acme"));

        var body = await HttpTestClient.BodyAsync(response);
        Assert.Equal("acme", body.Data("tenant").GetString());
        Assert.True(body.Data("sameLoaderPerRequest").GetBoolean());
    }

    [Fact]
    public async Task Post_ReturnsApplicationJson_WhenAcceptIsMissing()
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, """{"query":"{ hello }"}""", Json, accept: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_PrefersGraphQLResponse_WhenAcceptIsWildcard()
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, """{"query":"{ hello }"}""", Json, "*/*");

        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_HonoursQuality_WhenJsonIsPreferred()
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, """{"query":"{ hello }"}""", Json, $"{GraphQLResponse};q=0.5, {Json}");

        Assert.Equal(Json, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_Returns406_WhenNothingAcceptable()
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, """{"query":"{ hello }"}""", Json, "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("NOT_ACCEPTABLE", (await HttpTestClient.BodyAsync(response)).FirstErrorCode());
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Post_StatusDependsOnMediaType_WhenValidationFails(string accept, HttpStatusCode expected)
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, """{"query":"{ nope }"}""", Json, accept);

        Assert.Equal(expected, response.StatusCode);
        var body = await HttpTestClient.BodyAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(body.GetProperty("errors")[0].GetProperty("message").GetString()!);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Post_StatusDependsOnMediaType_WhenSyntaxIsInvalid(string accept, HttpStatusCode expected)
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, """{"query":"{ hello "}""", Json, accept);

        Assert.Equal(expected, response.StatusCode);
        Assert.True((await HttpTestClient.BodyAsync(response)).HasErrors());
    }

    [Fact]
    public async Task Post_Returns200WithDataAndErrors_WhenAFieldFails()
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, """{"query":"{ hello known }"}""", Json, GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpTestClient.BodyAsync(response);
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
            using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, body, Json, accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = (await HttpTestClient.BodyAsync(response)).GetProperty("errors")[0];
            Assert.Contains(expectedMessage, error.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Post_ExecutesBody_WhenContentTypeIsApplicationGraphQL()
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, "{ hello }", "application/graphql", GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("world", (await HttpTestClient.BodyAsync(response)).Data("hello").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task Post_Returns415_WhenContentTypeIsNotJson(string? contentType)
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, """{"query":"mutation { setHello }"}""", contentType, GraphQLResponse);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (await HttpTestClient.BodyAsync(response)).FirstErrorCode());
    }

    [Fact]
    public async Task Post_Returns413_WhenBodyExceedsLimit()
    {
        var body = JsonSerializer.Serialize(new { query = "{ hello }" + new string(' ', 5000) });
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Post, body, Json, GraphQLResponse);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_ENTITY_TOO_LARGE", (await HttpTestClient.BodyAsync(response)).FirstErrorCode());
    }
}
