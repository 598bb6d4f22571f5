using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Webhooks.Outbound;

/// <summary>What the sender refuses or gives up on: redirects, slow receivers, private addresses, disabled or uninterested endpoints.</summary>
public sealed class WebhookDeliveryGuardTests : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Redirect_IsNotFollowed_AndCountsAsFailure()
    {
        await using var shop = new WebhookShopFactory();
        var client = new GraphQLClient(shop.CreateClient());
        var (endpointId, _) = await client.CreateEndpointAsync(_receiver.RedirectUrl);
        await client.CreateCustomerAsync("redirect@example.com");

        Assert.Equal(1, await shop.RunDueAsync());

        var delivery = Assert.Single(await client.DeliveriesAsync(endpointId))!;
        Assert.Equal("PENDING", delivery["status"]!.GetValue<string>());
        var attempt = Assert.Single(delivery["attempts"]!.AsArray())!;
        Assert.Equal(302, attempt["statusCode"]!.GetValue<int>());
        Assert.Contains("Redirects are not followed", attempt["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["/redirect"], _receiver.Received.Select(r => r.Path));   // /hooks was never called
    }

    [Fact]
    public async Task SlowReceiver_TimesOut_AndIsRetried()
    {
        _receiver.Delay = TimeSpan.FromSeconds(5);
        await using var shop = new WebhookShopFactory(timeoutSeconds: 0.5);
        var client = new GraphQLClient(shop.CreateClient());
        var (endpointId, _) = await client.CreateEndpointAsync(_receiver.Url);
        await client.CreateCustomerAsync("slow@example.com");

        Assert.Equal(1, await shop.RunDueAsync());

        var delivery = Assert.Single(await client.DeliveriesAsync(endpointId))!;
        Assert.Equal("PENDING", delivery["status"]!.GetValue<string>());
        var attempt = Assert.Single(delivery["attempts"]!.AsArray())!;
        Assert.Null(attempt["statusCode"]);
        Assert.Contains("No answer within 0.5 s", attempt["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.InRange(attempt["durationMs"]!.GetValue<int>(), 400, 4000);
    }

    [Fact]
    public async Task PrivateAddress_IsRefusedAtConnection_WhenNotAllowed()
    {
        await using var shop = new WebhookShopFactory(allowPrivate: false);
        var client = new GraphQLClient(shop.CreateClient());
        // As if a public name had been saved and its DNS now answers 127.0.0.1 (rebinding): the row skips the creation check.
        await using (var db = shop.Db())
        {
            db.WebhookEndpoints.Add(new WebhookEndpoint { Url = _receiver.Url, Events = ["*"], Secret = "whsec_test", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await client.CreateCustomerAsync("rebinding@example.com");
        Assert.Equal(1, await shop.RunDueAsync());

        await using var check = shop.Db();
        var attempt = await check.WebhookAttempts.SingleAsync();
        Assert.Null(attempt.StatusCode);
        Assert.Contains("loopback or private address", attempt.Error, StringComparison.Ordinal);
        Assert.Empty(_receiver.Received);
    }

    [Fact]
    public async Task DisabledOrUninterestedEndpoint_ReceivesNothing()
    {
        await using var shop = new WebhookShopFactory();
        var client = new GraphQLClient(shop.CreateClient());
        await using var other = await WebhookReceiver.StartAsync();
        var (disabledId, _) = await client.CreateEndpointAsync(other.Url, "*");
        var (ordersOnlyId, _) = await client.CreateEndpointAsync(other.Url, "order.*");
        var (wantedId, _) = await client.CreateEndpointAsync(_receiver.Url, "customer.created");
        var disabled = await client.MutateAsync("disableWebhookEndpoint", """
            mutation ($input: DisableWebhookEndpointInput!) { disableWebhookEndpoint(input: $input) { webhookEndpoint { enabled disabledAt } userErrors { code } } }
            """, new { id = disabledId });
        Assert.False(disabled["webhookEndpoint"]!["enabled"]!.GetValue<bool>());

        await client.CreateCustomerAsync("filtered@example.com");
        Assert.Equal(1, await shop.RunDueAsync());

        Assert.Empty(other.Received);
        Assert.Single(_receiver.Received);
        Assert.Empty(await client.DeliveriesAsync(disabledId));
        Assert.Empty(await client.DeliveriesAsync(ordersOnlyId));
        Assert.Single(await client.DeliveriesAsync(wantedId));
    }

    [Fact]
    public async Task DisabledEndpoint_HoldsPendingDeliveries_UntilEnabledAgain()
    {
        _receiver.FailFirst = 1;
        await using var shop = new WebhookShopFactory();
        var client = new GraphQLClient(shop.CreateClient());
        var (id, _) = await client.CreateEndpointAsync(_receiver.Url);
        await client.CreateCustomerAsync("paused@example.com");
        Assert.Equal(1, await shop.RunDueAsync());
        const string update = """
            mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { webhookEndpoint { enabled } userErrors { code } } }
            """;
        await client.MutateAsync("updateWebhookEndpoint", update, new { id, enabled = false });
        var deliveryId = (await client.DeliveriesAsync(id))[0]!["id"]!.GetValue<string>();

        shop.Clock.Offset += TimeSpan.FromHours(1);
        var redeliver = await client.MutateAsync("redeliverWebhookEvent", """
            mutation ($input: RedeliverWebhookEventInput!) { redeliverWebhookEvent(input: $input) { webhookDelivery { id } userErrors { code field } } }
            """, new { deliveryId });
        Assert.Equal(0, await shop.RunDueAsync());
        await client.MutateAsync("updateWebhookEndpoint", update, new { id, enabled = true });
        Assert.Equal(1, await shop.RunDueAsync());

        Assert.Equal(["ILLEGAL_TRANSITION at input.deliveryId"], redeliver.UserErrors());
        Assert.Equal("DELIVERED", (await client.DeliveriesAsync(id))[0]!["status"]!.GetValue<string>());
        Assert.Equal(2, _receiver.Received.Count);
    }

    [Fact]
    public async Task EventsBeforeAnEndpointExisted_AreNotSentToIt()
    {
        await using var shop = new WebhookShopFactory();
        var client = new GraphQLClient(shop.CreateClient());
        await client.CreateCustomerAsync("earlier@example.com");
        var (endpointId, _) = await client.CreateEndpointAsync(_receiver.Url, "*");
        await client.CreateCustomerAsync("later@example.com");

        Assert.Equal(1, await shop.RunDueAsync());

        var delivery = Assert.Single(await client.DeliveriesAsync(endpointId))!;
        Assert.Contains("later@example.com", delivery["payload"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
