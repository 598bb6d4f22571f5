using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Commerce.Api.Auth;
using Commerce.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Features.Access;

/// <summary>
/// The Api's cost bucket over HTTP: a tiny configured budget (10 points, 1 restored per second), a clock the test
/// moves, and one bucket per API key. The probe costs 4 (categories 2 + totalCount 1 + pageInfo 1) whatever it returns.
/// </summary>
public sealed class ThrottlingTests(ThrottlingTests.TinyBudgetFactory factory) : IClassFixture<ThrottlingTests.TinyBudgetFactory>
{
    private const string Probe = "{ categories(first: 5) { totalCount pageInfo { hasNextPage } } }";

    [Fact]
    public async Task Request_Gets429WithRetryAfterUntilTheClockRefillsTheBucket_WhenTheBudgetIsSpent()
    {
        using var http = KeyClient(await factory.CreateApiKeyAsync(Scopes.ReadProducts));
        using var first = await PostAsync(http);
        using var second = await PostAsync(http);   // 10 - 4 - 4 = 2 points left

        using var throttled = await PostAsync(http);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        var body = JsonNode.Parse(await throttled.Content.ReadAsStringAsync())!;
        Assert.Equal("THROTTLED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(body["data"]);
        Assert.Equal("10", Header(throttled, "X-RateLimit-Limit"));
        Assert.InRange(int.Parse(Header(throttled, "X-RateLimit-Remaining"), CultureInfo.InvariantCulture), 2, 3);
        Assert.InRange(int.Parse(Header(throttled, "X-RateLimit-Reset"), CultureInfo.InvariantCulture), 1, 8);
        var retryAfter = throttled.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter.TotalSeconds, 1, 2);   // 2 points missing at 1 point per second

        factory.Clock.Offset += retryAfter;
        using var refilled = await PostAsync(http);

        Assert.Equal(HttpStatusCode.OK, refilled.StatusCode);
    }

    [Fact]
    public async Task AnotherKey_IsServed_WhileOneKeyIsThrottled()
    {
        using var spent = KeyClient(await factory.CreateApiKeyAsync(Scopes.ReadProducts));
        using var other = KeyClient(await factory.CreateApiKeyAsync(Scopes.ReadProducts));
        HttpStatusCode last;
        var attempts = 0;
        do
        {
            using var response = await PostAsync(spent);
            last = response.StatusCode;
        }
        while (last == HttpStatusCode.OK && ++attempts < 10);

        using var fresh = await PostAsync(other);

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal("6", Header(fresh, "X-RateLimit-Remaining"));
    }

    private HttpClient KeyClient(string key) => factory.CreateGraphQLClient(key).Http;

    private static Task<HttpResponseMessage> PostAsync(HttpClient http) => http.PostAsJsonAsync("/graphql", new { query = Probe });

    private static string Header(HttpResponseMessage response, string name) => Assert.Single(response.Headers.GetValues(name));

    /// <summary>The Api with a 10-point bucket restoring 1 point a second, timed by <see cref="Clock"/>.</summary>
    public sealed class TinyBudgetFactory : CommerceApiFactory
    {
        public TinyBudgetFactory()
            : this(new AdjustableTimeProvider())
        {
        }

        private TinyBudgetFactory(AdjustableTimeProvider clock)
            : base(seedDemoData: false, settings: new Dictionary<string, string?>
            {
                ["GraphQL:Limits:MaximumAvailable"] = "10",
                ["GraphQL:Limits:MaxQueryCost"] = "10",
                ["GraphQL:Limits:RestoreRate"] = "1",
            }, configureServices: services => services.AddSingleton<TimeProvider>(clock)) => Clock = clock;

        public AdjustableTimeProvider Clock { get; }
    }
}
