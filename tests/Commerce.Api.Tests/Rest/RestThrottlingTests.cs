using System.Net;
using System.Net.Http.Json;
using Commerce.Api.Auth;
using Commerce.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Rest;

/// <summary>
/// The shim and GraphQL draw from one bucket per caller (10 points, 1 restored per second on the test's clock):
/// a read costs 1, a write 10, and a spent bucket is a 429 with Retry-After on both APIs. The clock stands still
/// unless a test moves it, so a slow machine refills nothing between requests.
/// </summary>
public sealed class RestThrottlingTests(RestThrottlingTests.StoppedClockFactory factory) : IClassFixture<RestThrottlingTests.StoppedClockFactory>
{
    [Fact]
    public async Task Rest_Gets429WithRetryAfter_WhenGraphQLSpentTheSameBucket()
    {
        using var http = factory.CreateClient().WithKey(await factory.CreateApiKeyAsync(Scopes.ReadProducts));
        using var graph = await http.PostAsJsonAsync("/graphql", new { query = "{ categories(first: 5) { totalCount pageInfo { hasNextPage } } }" });
        using var graph2 = await http.PostAsJsonAsync("/graphql", new { query = "{ categories(first: 5) { totalCount pageInfo { hasNextPage } } }" });   // 10 - 4 - 4 = 2 left

        var read1 = await http.GetRestAsync("/api/v1/products");
        var read2 = await http.GetRestAsync("/api/v1/products");
        var throttled = await http.GetRestAsync("/api/v1/products");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (read1.Status, read2.Status));
        Assert.Equal("1", read1.Header("X-RateLimit-Remaining"));
        Assert.Equal((HttpStatusCode.TooManyRequests, "THROTTLED"), (throttled.Status, throttled.ErrorCode));
        Assert.Equal(("10", "0"), (throttled.Header("X-RateLimit-Limit"), throttled.Header("X-RateLimit-Remaining")));
        Assert.Equal("1", throttled.Header("Retry-After"));

        factory.Clock.Now += TimeSpan.FromSeconds(1);
        Assert.Equal(HttpStatusCode.OK, (await http.GetRestAsync("/api/v1/products")).Status);
    }

    [Fact]
    public async Task Write_Costs10Points_AndGraphQLIsThrottledAfterIt()
    {
        using var http = factory.CreateClient().WithKey(await factory.CreateApiKeyAsync(Scopes.WriteCustomers));

        var write = await http.PostRestAsync("/api/v1/customers", new { email = "bucket@example.com", firstName = "B", lastName = "K" });
        using var graph = await http.PostAsJsonAsync("/graphql", new { query = "{ customers(first: 1) { totalCount } }" });

        Assert.Equal(HttpStatusCode.Created, write.Status);
        Assert.Equal("0", write.Header("X-RateLimit-Remaining"));
        Assert.Equal(HttpStatusCode.TooManyRequests, graph.StatusCode);
    }

    /// <summary>The Api with a 10-point bucket restoring 1 point a second, on a clock that only moves when told.</summary>
    public sealed class StoppedClockFactory : CommerceApiFactory
    {
        public StoppedClockFactory()
            : this(new StoppedClock())
        {
        }

        private StoppedClockFactory(StoppedClock clock)
            : base(seedDemoData: false, settings: new Dictionary<string, string?>
            {
                ["GraphQL:Limits:MaximumAvailable"] = "10",
                ["GraphQL:Limits:MaxQueryCost"] = "10",
                ["GraphQL:Limits:RestoreRate"] = "1",
            }, configureServices: services => services.AddSingleton<TimeProvider>(clock)) => Clock = clock;

        public StoppedClock Clock { get; }
    }

    /// <summary>A clock that reads <see cref="Now"/>.</summary>
    public sealed class StoppedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
