using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Ide;

public sealed partial class BananaCakePopTests(EmptyShopFactory factory)
    : IClassFixture<EmptyShopFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task GetGraphQL_RedirectsToIde_WhenBrowserAcceptsHtml()
    {
        using var response = await _client.SendAsync(Get("/graphql", "text/html,application/xhtml+xml,*/*;q=0.8"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task GetGraphQL_IsNotRedirected_WhenClientAcceptsJson()
    {
        using var response = await _client.SendAsync(Get("/graphql", "application/json"));

        Assert.NotEqual(HttpStatusCode.Found, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task GetIde_ServesIndexHtml()
    {
        using var response = await _client.GetAsync("/graphql/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task GetConfig_DisablesTelemetry_AndPointsAtTheEndpoint()
    {
        using var response = await _client.GetAsync("/graphql/bcp-config.json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = config.RootElement;
        Assert.True(root.GetProperty("disableTelemetry").GetBoolean());
        Assert.Equal("/graphql", root.GetProperty("endpoint").GetString());
        Assert.True(root.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("graphql-transport-ws", root.GetProperty("subscriptionProtocol").GetString());
        Assert.Equal("Commerce.GraphQL", root.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetAsset_ServesScriptWithImmutableCaching_WhenReferencedByIndex()
    {
        var index = await _client.GetStringAsync("/graphql/");
        var match = ScriptSource().Match(index);
        Assert.True(match.Success, "index.html references no main script");
        var script = match.Groups["src"].Value;

        using var response = await _client.GetAsync($"/graphql/{script}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
    }

    [Theory]
    [InlineData("/graphql/favicon.svg", "image/svg+xml")]
    [InlineData("/graphql/manifest.webmanifest", "application/manifest+json")]
    [InlineData("/graphql/LICENSE", "text/plain")]
    public async Task GetFile_ServesWithContentType(string path, string mediaType)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetLicense_ShipsChilliCreamLicense()
    {
        var license = await _client.GetStringAsync("/graphql/LICENSE");

        Assert.Contains("ChilliCream License 1.0", license);
    }

    [Fact]
    public async Task Ide_IsNotServed_WhenDisabledByConfiguration()
    {
        using var disabled = factory.WithWebHostBuilder(b => b.UseSetting("GraphQL:Ide:Enabled", "false"));
        using var client = disabled.CreateClient(new() { AllowAutoRedirect = false });

        using var html = await client.SendAsync(Get("/graphql", "text/html"));
        using var index = await client.GetAsync("/graphql/");
        using var config = await client.GetAsync("/graphql/bcp-config.json");
        using var license = await client.GetAsync("/graphql/LICENSE");

        Assert.NotEqual(HttpStatusCode.Found, html.StatusCode);
        Assert.NotEqual("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, config.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, license.StatusCode);
    }

    private static HttpRequestMessage Get(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    [GeneratedRegex(@"src=""(?<src>static/js/main\.[0-9a-f]+\.js)""")]
    private static partial Regex ScriptSource();
}
