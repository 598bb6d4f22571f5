using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Http;

/// <summary>
/// The real host speaks GraphQL over HTTP the way the server layer's own (toy-schema) tests specify: these prove
/// the wiring, not every rule again.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class GraphQLHttpTests(GraphFixture fixture)
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData(GraphQLResponseJson, "{ vendors(first: 1) { totalCount } }", HttpStatusCode.OK, GraphQLResponseJson, "data")]
    [InlineData(Json, "{ vendors(first: 1) { totalCount } }", HttpStatusCode.OK, Json, "data")]
    [InlineData(null, "{ vendors(first: 1) { totalCount } }", HttpStatusCode.OK, Json, "data")]
    [InlineData(GraphQLResponseJson, "{ vendors(first: 1) { totalCount ", HttpStatusCode.BadRequest, GraphQLResponseJson, "errors")]
    [InlineData(Json, "{ vendors(first: 1) { totalCount ", HttpStatusCode.OK, Json, "errors")]
    [InlineData(GraphQLResponseJson, "{ noSuchField }", HttpStatusCode.BadRequest, GraphQLResponseJson, "errors")]
    public async Task Post_AnswersNegotiatedMediaTypeAndStatus_ForAccept(
        string? accept, string query, HttpStatusCode status, string mediaType, string member)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonBody(new { query }) };
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await fixture.Client.Http.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.NotNull(body[member]);
    }

    [Fact]
    public async Task Get_ExecutesQuery_WhenSentInQueryString()
    {
        using var response = await fixture.Client.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ vendors(first: 2) { nodes { name } } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"nodes\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Returns405WithAllowPost_WhenOperationIsMutation()
    {
        // The schema has no Mutation type yet; the endpoint refuses GET mutations before validation anyway.
        using var response = await fixture.Client.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { x }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Contains("METHOD_NOT_ALLOWED", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Put_Returns405()
    {
        using var response = await fixture.Client.Http.PutAsync("/graphql", JsonBody(new { query = "{ __typename }" }));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Select(a => a.Trim()));
    }

    [Theory]
    [InlineData("text/plain", """{"query":"{ __typename }"}""", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData(Json, """{"query":"{ __typename }" """, HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData(Json, """{"query":"{ __typename }","variables":[1]}""", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData(Json, """{"query":"{ __typename }","variables":"{}"}""", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    public async Task Post_RefusesRequest_WhenBodyIsNotAGraphQLRequest(string contentType, string body, HttpStatusCode status, string code)
    {
        using var response = await fixture.Client.Http.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(code, await response.Content.ReadAsStringAsync());
    }

    private static StringContent JsonBody(object value) =>
        new(System.Text.Json.JsonSerializer.Serialize(value), Encoding.UTF8, Json);
}
