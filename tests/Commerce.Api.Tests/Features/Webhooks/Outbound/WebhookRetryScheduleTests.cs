using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Commerce.Api.Features.Webhooks;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Features.Webhooks.Outbound;

/// <summary>A receiver that fails, then recovers: the schedule, the signature and the attempt log, driven by the clock.</summary>
public sealed class WebhookRetryScheduleTests : IAsyncLifetime
{
    private readonly WebhookShopFactory _shop = new();
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync(failFirst: 3);

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _shop.DisposeAsync();
    }

    [Fact]
    public async Task Delivery_FollowsRetrySchedule_UntilReceiverRecovers()
    {
        var client = new GraphQLClient(_shop.CreateClient());
        var (endpointId, secret) = await client.CreateEndpointAsync(_receiver.Url, "customer.*");
        await client.CreateCustomerAsync("retry@example.com");

        Assert.Equal(1, await _shop.RunDueAsync());                // the first attempt is immediate
        Assert.Equal(0, await _shop.RunDueAsync());                // nothing else is due yet
        _shop.Clock.Offset += TimeSpan.FromSeconds(50);
        Assert.Equal(0, await _shop.RunDueAsync());                // not before one minute
        _shop.Clock.Offset += TimeSpan.FromSeconds(15);
        Assert.Equal(1, await _shop.RunDueAsync());                // second attempt after 1 min
        _shop.Clock.Offset += TimeSpan.FromMinutes(4);
        Assert.Equal(0, await _shop.RunDueAsync());
        _shop.Clock.Offset += TimeSpan.FromMinutes(1.1);
        Assert.Equal(1, await _shop.RunDueAsync());                // third after 5 min
        _shop.Clock.Offset += TimeSpan.FromMinutes(30.1);
        Assert.Equal(1, await _shop.RunDueAsync());                // fourth after 30 min: the receiver answers 200
        _shop.Clock.Offset += TimeSpan.FromHours(7);
        Assert.Equal(0, await _shop.RunDueAsync());                // delivered: never sent again

        var delivery = Assert.Single(await client.DeliveriesAsync(endpointId))!;
        Assert.Equal("DELIVERED", delivery["status"]!.GetValue<string>());
        Assert.Equal(4, delivery["attemptCount"]!.GetValue<int>());
        Assert.Null(delivery["nextAttemptAt"]);
        var attempts = delivery["attempts"]!.AsArray();
        Assert.Equal([500, 500, 500, 200], attempts.Select(a => a!["statusCode"]!.GetValue<int>()));
        Assert.Equal(["boom 1", "boom 2", "boom 3", "ok"], attempts.Select(a => a!["responseExcerpt"]!.GetValue<string>()));
        Assert.All(attempts.Take(3), a => Assert.Contains("500", a!["error"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Null(attempts[3]!["error"]);
        var times = attempts.Select(a => a!["attemptedAt"]!.GetValue<DateTime>()).ToList();
        Assert.InRange(times[1] - times[0], TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1.5));
        Assert.InRange(times[2] - times[1], TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5.5));
        Assert.InRange(times[3] - times[2], TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30.5));

        Assert.Equal(4, _receiver.Received.Count);
        var body = delivery["payload"]!.GetValue<string>();
        Assert.All(_receiver.Received, r =>
        {
            Assert.Equal(body, r.Body);                              // the same body, and so the same event, every time
            Assert.Equal(delivery["eventId"]!.GetValue<string>(), r.EventId);
            Assert.Equal("customer.created", r.EventType);
            Assert.True(VerifiesByHand(r.Signature!, r.Body, secret), r.Signature);
        });
        var sent = JsonNode.Parse(body)!;
        Assert.Equal(delivery["eventId"]!.GetValue<string>(), sent["id"]!.GetValue<string>());
        Assert.StartsWith("evt_", sent["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("customer.created", sent["type"]!.GetValue<string>());
        Assert.Equal("Customer", sent["data"]!["__typename"]!.GetValue<string>());
        Assert.Equal("retry@example.com", sent["data"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delivery_IsMarkedFailed_AfterSixFailures_AndRedeliverSendsItAgain()
    {
        _receiver.FailFirst = 100;
        var client = new GraphQLClient(_shop.CreateClient());
        var (endpointId, secret) = await client.CreateEndpointAsync(_receiver.Url, "customer.created");
        await client.CreateCustomerAsync("failing@example.com");

        Assert.Equal(1, await _shop.RunDueAsync());
        foreach (var delay in new[] { 1.0, 5, 30, 120, 360 })
        {
            _shop.Clock.Offset += TimeSpan.FromMinutes(delay + 0.1);
            Assert.Equal(1, await _shop.RunDueAsync());
        }

        _shop.Clock.Offset += TimeSpan.FromDays(2);
        Assert.Equal(0, await _shop.RunDueAsync());
        var failed = Assert.Single(await client.DeliveriesAsync(endpointId))!;
        Assert.Equal("FAILED", failed["status"]!.GetValue<string>());
        Assert.Equal(6, failed["attempts"]!.AsArray().Count);
        Assert.Null(failed["nextAttemptAt"]);

        _receiver.FailFirst = 0;
        var redelivered = await client.MutateAsync("redeliverWebhookEvent", """
            mutation ($input: RedeliverWebhookEventInput!) { redeliverWebhookEvent(input: $input) { webhookDelivery { status } userErrors { code } } }
            """, new { deliveryId = failed["id"]!.GetValue<string>() });
        Assert.Equal("PENDING", redelivered["webhookDelivery"]!["status"]!.GetValue<string>());
        Assert.Equal(1, await _shop.RunDueAsync());

        var delivered = Assert.Single(await client.DeliveriesAsync(endpointId))!;
        Assert.Equal("DELIVERED", delivered["status"]!.GetValue<string>());
        Assert.Equal(7, delivered["attemptCount"]!.GetValue<int>());
        Assert.Equal(7, _receiver.Received.Count);
        Assert.Single(_receiver.Received.Select(r => r.EventId).Distinct());
        Assert.True(WebhookSignature.Verify(_receiver.Received[^1].Signature, _receiver.Received[^1].Body, [secret], _shop.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
    }

    /// <summary>The receiver's side without our helper: HMAC-SHA256 of "t.body" keyed with the secret, as the docs say.</summary>
    private static bool VerifiesByHand(string header, string body, string secret)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var t = long.Parse(parts["t"], CultureInfo.InvariantCulture);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}")));
        return parts["v1"] == expected;
    }
}
