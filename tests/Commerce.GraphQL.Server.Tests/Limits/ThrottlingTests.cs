using System.Net;
using Commerce.GraphQL.Server.Tests.TestSupport.Shop;

namespace Commerce.GraphQL.Server.Tests.Limits;

/// <summary>A bucket of 100 points per caller, 10 restored per second, driven by a manual clock.</summary>
public sealed class ThrottlingTests : IAsyncLifetime
{
    // 2 for the connection + 28 widgets: requested and actual cost 30.
    private const string Costs30 = "{ widgets(first: 28) { nodes { name } } }";

    private readonly ShopHost _host = new(o =>
    {
        o.MaximumAvailable = 100;
        o.MaxQueryCost = 60;
        o.RestoreRate = 10;
    });

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Bucket_Drains_ThenThrottlesWith429AndHeaders()
    {
        for (var i = 0; i < 3; i++)
        {
            var admitted = await _host.SendAsync(Costs30, ip: "10.0.0.1");
            Assert.Empty(admitted.ErrorCodes);
            Assert.Equal(100 - (30 * (i + 1)), admitted.Available);
        }

        var throttled = await _host.SendAsync(Costs30, ip: "10.0.0.1");

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.Status);
        Assert.Equal(["THROTTLED"], throttled.ErrorCodes);
        Assert.False(throttled.Body.TryGetProperty("data", out _));
        Assert.Equal("Throttled: the query costs 30 and 10 of 100 points are available (10 restored per second). Retry in 2 seconds.",
            throttled.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("2", throttled.Header("Retry-After"));
        Assert.Equal("100", throttled.Header("X-RateLimit-Limit"));
        Assert.Equal("10", throttled.Header("X-RateLimit-Remaining"));
        Assert.Equal("9", throttled.Header("X-RateLimit-Reset"));
        Assert.Equal(30, throttled.RequestedCost);
        Assert.Null(throttled.ActualCost);
        Assert.Equal(10, throttled.Available);
    }

    [Fact]
    public async Task Bucket_Refills_AsTheClockAdvances()
    {
        for (var i = 0; i < 3; i++)
        {
            await _host.SendAsync(Costs30, caller: "u1");
        }

        _host.Clock.Advance(TimeSpan.FromSeconds(1.5));
        var stillThrottled = await _host.SendAsync(Costs30, caller: "u1");
        _host.Clock.Advance(TimeSpan.FromSeconds(0.5));
        var admitted = await _host.SendAsync(Costs30, caller: "u1");
        _host.Clock.Advance(TimeSpan.FromMinutes(5));
        var full = await _host.SendAsync("{ hello }", caller: "u1");

        Assert.Equal(["THROTTLED"], stillThrottled.ErrorCodes);
        Assert.Equal(25, stillThrottled.Available);
        Assert.Empty(admitted.ErrorCodes);
        Assert.Equal(0, admitted.Available);
        Assert.Equal(100, full.Available);
        Assert.Equal("0", full.Header("X-RateLimit-Reset"));
    }

    [Fact]
    public async Task Bucket_GetsBackWhatWasNotSpent()
    {
        var response = await _host.SendAsync("{ widgets(first: 48) { nodes { name } } }", caller: "u1");

        Assert.Equal(50, response.RequestedCost);
        Assert.Equal(32, response.ActualCost);
        Assert.Equal(100 - 32, response.Available);
    }

    [Fact]
    public async Task Bucket_IsKeptPerCallerAndPerAddress()
    {
        for (var i = 0; i < 4; i++)
        {
            await _host.SendAsync(Costs30, caller: "u1");
            await _host.SendAsync(Costs30, ip: "10.0.0.1");
        }

        var otherCaller = await _host.SendAsync(Costs30, caller: "u2");
        var otherAddress = await _host.SendAsync(Costs30, ip: "10.0.0.2");
        var sameCallerElsewhere = await _host.SendAsync(Costs30, caller: "u1", ip: "10.0.0.3");

        Assert.Equal(70, otherCaller.Available);
        Assert.Equal(70, otherAddress.Available);
        Assert.Equal(["THROTTLED"], sameCallerElsewhere.ErrorCodes);
    }

    [Fact]
    public async Task Bucket_ChargesNothing_ForARefusedRequest()
    {
        var refused = await _host.SendAsync("{ secret }", caller: "u1");
        var invalid = await _host.SendAsync("{ widgets(first: 28) { nodes { nope } } }", caller: "u1");

        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        Assert.Equal(100, refused.Available);
        Assert.NotEmpty(invalid.ErrorCodes);
        Assert.Equal(100, invalid.Available);
    }
}
