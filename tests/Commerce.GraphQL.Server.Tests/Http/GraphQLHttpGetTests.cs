using System.Net;
using Commerce.GraphQL.Server.Tests.TestSupport;

namespace Commerce.GraphQL.Server.Tests.Http;

public sealed class GraphQLHttpGetTests(TestHost host) : IClassFixture<TestHost>
{
    private const string GraphQLResponse = HttpTestClient.GraphQLResponse;
    private const string Json = HttpTestClient.Json;

    [Fact]
    public async Task Get_ExecutesQuery_WithVariablesAndOperationName()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query A($id: ID!) { itemKey(id: $id) } query B { hello }")
            + "&operationName=A&variables=" + Uri.EscapeDataString("""{"id":"SXRlbTo0Mg"}""");
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Get, null, null, GraphQLResponse, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(42, (await HttpTestClient.BodyAsync(response)).Data("itemKey").GetInt32());
    }

    [Fact]
    public async Task Get_Returns405WithAllowPost_WhenOperationIsMutation()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("mutation { setHello }");
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Get, null, null, GraphQLResponse, url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Get_Returns406_WhenAcceptIsHtmlOnly()
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Get, null, null, "text/html", "/graphql?query=%7B%20hello%20%7D");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(Json, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%5B%5D")]
    [InlineData("/graphql?query=%7B%20hello%20%7D&variables=%7Bnope")]
    [InlineData("/graphql")]
    public async Task Get_Returns400_WhenParametersAreMalformed(string url)
    {
        using var response = await HttpTestClient.SendAsync(host, HttpMethod.Get, null, null, Json, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", (await HttpTestClient.BodyAsync(response)).FirstErrorCode());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Send_Returns405WithAllow_WhenMethodIsNotGetOrPost(string method)
    {
        using var response = await HttpTestClient.SendAsync(host, new HttpMethod(method), """{"query":"{ hello }"}""", Json, GraphQLResponse);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }
}
