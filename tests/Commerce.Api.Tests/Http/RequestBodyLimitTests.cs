using System.Net;
using System.Text;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Http;

/// <summary>The host reads the body limit from <c>GraphQL:MaxRequestBodyBytes</c>.</summary>
public sealed class RequestBodyLimitTests(RequestBodyLimitTests.SmallLimitFactory factory)
    : IClassFixture<RequestBodyLimitTests.SmallLimitFactory>
{
    private const int Limit = 256;

    [Fact]
    public async Task Post_Returns413_WhenBodyExceedsConfiguredLimit()
    {
        var query = "{ __typename }" + new string(' ', Limit);
        using var response = await factory.CreateClient().PostAsync("/graphql",
            new StringContent($$"""{"query":"{{query}}"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("REQUEST_ENTITY_TOO_LARGE", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Executes_WhenBodyIsWithinConfiguredLimit()
    {
        using var response = await factory.CreateClient().PostAsync("/graphql",
            new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public sealed class SmallLimitFactory() : CommerceApiFactory(
        seedDemoData: false, settings: new Dictionary<string, string?> { ["GraphQL:MaxRequestBodyBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
