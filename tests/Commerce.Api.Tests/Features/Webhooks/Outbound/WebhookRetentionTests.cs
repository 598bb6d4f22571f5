using Commerce.Api.Features.Webhooks.Outbound;
using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Webhooks;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Features.Webhooks.Outbound;

/// <summary>The retention sweep: finished deliveries and their attempts go after 30 days, pending ones never do.</summary>
public sealed class WebhookRetentionTests : IAsyncLifetime
{
    private readonly WebhookShopFactory _shop = new();
    private WebhookReceiver _ok = null!;
    private WebhookReceiver _failing = null!;

    public async Task InitializeAsync()
    {
        _ok = await WebhookReceiver.StartAsync();
        _failing = await WebhookReceiver.StartAsync(failFirst: 1_000);
    }

    public async Task DisposeAsync()
    {
        await _ok.DisposeAsync();
        await _failing.DisposeAsync();
        await _shop.DisposeAsync();
    }

    [Fact]
    public async Task Sweep_DeletesFinishedDeliveriesAndAttempts_PastRetention_AndKeepsPendingAndRecentOnes()
    {
        var client = new GraphQLClient(_shop.CreateClient());
        var (delivering, _) = await client.CreateEndpointAsync(_ok.Url);
        var (disabled, _) = await client.CreateEndpointAsync(_failing.Url);
        var (failing, _) = await client.CreateEndpointAsync(_failing.Url);
        await client.CreateCustomerAsync("old@example.com");
        Assert.Equal(3, await _shop.RunDueAsync());                 // delivered; two failures, retries due
        await client.MutateAsync("disableWebhookEndpoint", """
            mutation ($input: DisableWebhookEndpointInput!) { disableWebhookEndpoint(input: $input) { userErrors { code } } }
            """, new { id = disabled });                           // its retry stays PENDING while disabled
        foreach (var delay in new[] { 1.0, 5, 30, 120, 360 })
        {
            _shop.Clock.Offset += TimeSpan.FromMinutes(delay + 0.1);
            Assert.Equal(1, await _shop.RunDueAsync());             // the last of six failures marks it FAILED
        }

        _shop.Clock.Offset += TimeSpan.FromDays(30) + TimeSpan.FromHours(1);
        await client.CreateCustomerAsync("recent@example.com");
        Assert.Equal(2, await _shop.RunDueAsync());                 // delivered; failed, retry due (both recent)
        var before = await StatusesAsync();

        var sweep = await _shop.SweepAsync();

        Assert.Equal(2, sweep.DeliveriesDeleted);
        Assert.Equal(
            [$"{delivering} Delivered 1", $"{disabled} Pending 1", $"{failing} Failed 6", $"{delivering} Delivered 1", $"{failing} Pending 1"],
            before.Select(d => $"{Id(d.EndpointId)} {d.Status} {d.Attempts}"));
        Assert.Equal(
            [$"{disabled} Pending 1", $"{delivering} Delivered 1", $"{failing} Pending 1"],
            (await StatusesAsync()).Select(d => $"{Id(d.EndpointId)} {d.Status} {d.Attempts}"));
        await using var db = _shop.Db();
        Assert.Equal(3, await db.WebhookAttempts.CountAsync());     // the deleted deliveries' seven attempts went with them
        Assert.Equal(0, (await _shop.SweepAsync()).DeliveriesDeleted);
    }

    [Fact]
    public async Task Sweep_DeletesInBoundedBatches_UntilTheBacklogIsGone()
    {
        var client = new GraphQLClient(_shop.CreateClient());
        await client.CreateEndpointAsync(_ok.Url);
        var now = _shop.Clock.GetUtcNow().UtcDateTime;
        await using (var db = _shop.Db())
        {
            var endpointId = await db.WebhookEndpoints.Select(e => e.Id).SingleAsync();
            var old = Enumerable.Range(1, 1_201).Select(i => Delivered(endpointId, i, now.AddDays(-31))).ToList();
            var recent = Delivered(endpointId, 5_000, now.AddDays(-29));   // inside the retention
            db.WebhookDeliveries.AddRange([.. old, recent]);
            await db.SaveChangesAsync();
            db.WebhookAttempts.AddRange(old.SelectMany(d => new[] { Attempt(d, 500), Attempt(d, 200) }).Append(Attempt(recent, 200)));
            await db.SaveChangesAsync();
        }

        var retention = _shop.Services.GetRequiredService<WebhookDeliveryRetention>();
        var firstBatch = await retention.DeleteBatchAsync(500, CancellationToken.None);
        var sweep = await _shop.SweepAsync();                       // the configured batch is 500 as well

        Assert.Equal(500, firstBatch);
        Assert.Equal(701, sweep.DeliveriesDeleted);
        await using var after = _shop.Db();
        Assert.Equal([5_000L], await after.WebhookDeliveries.Select(d => d.OutboxMessageId).ToListAsync());
        Assert.Equal(1, await after.WebhookAttempts.CountAsync());
    }

    private static WebhookDelivery Delivered(int endpointId, long eventId, DateTime lastAttemptAt) => new()
    {
        EndpointId = endpointId, OutboxMessageId = eventId, EventType = "customer.created", Payload = "{}",
        Status = WebhookDeliveryStatus.Delivered, AttemptCount = 2, RoundAttempts = 2,
        LastAttemptAt = lastAttemptAt, DeliveredAt = lastAttemptAt, CreatedAt = lastAttemptAt.AddMinutes(-5),
    };

    private static WebhookAttempt Attempt(WebhookDelivery delivery, int statusCode) =>
        new() { DeliveryId = delivery.Id, AttemptedAt = delivery.LastAttemptAt!.Value, StatusCode = statusCode };

    private async Task<List<(int EndpointId, WebhookDeliveryStatus Status, int Attempts)>> StatusesAsync()
    {
        await using var db = _shop.Db();
        var rows = await db.WebhookDeliveries.OrderBy(d => d.Id)
            .Select(d => new { d.EndpointId, d.Status, Attempts = db.WebhookAttempts.Count(a => a.DeliveryId == d.Id) }).ToListAsync();
        return rows.Select(r => (r.EndpointId, r.Status, r.Attempts)).ToList();
    }

    private static string Id(int endpointId) => GlobalId.Encode(WebhookEndpointType.TypeName, endpointId);
}
