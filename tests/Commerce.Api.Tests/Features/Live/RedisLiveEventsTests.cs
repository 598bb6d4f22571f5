using Commerce.Api.Tests.Features.Orders;
using Commerce.Infrastructure.Tests.Events;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Live;

/// <summary>Two API hosts over one SQLite file and one real Redis, as two instances behind a load balancer.</summary>
public sealed class RedisLiveEventsTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private OrderShopFactory _a = null!;
    private OrderShopFactory _b = null!;

    public async Task InitializeAsync()
    {
        await _redis.StartAsync();
        var settings = new Dictionary<string, string?> { ["Redis:Configuration"] = _redis.Configuration };
        _a = OrderShopFactory.With(settings);
        await _a.ClientAsync();   // migrated and seeded before the second host starts
        _b = OrderShopFactory.With(settings, _a.DatabasePath);
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        _redis.Stop();
    }

    /// <summary>The host's /health answer once it says <paramref name="until"/>, or its last answer after 15 s.</summary>
    private static async Task<string> HealthAsync(OrderShopFactory host, string until)
    {
        var client = host.CreateClient();
        var answer = "";
        for (var i = 0; i < 150 && answer != until; i++)
        {
            answer = await client.GetStringAsync("/health");
            await Task.Delay(answer == until ? 0 : 100);
        }

        return answer;
    }

    [Fact]
    public async Task Subscriber_OnOneHostReceivesTheEvents_OfMutationsOnTheOther()
    {
        var flow = new OrderFlow(await _a.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(_a.TeeSmall, 1)))["id"]!.GetValue<string>();
        await using var onB = await SchemaSubscription.OpenAsync(_b, _b.AdminApiKey, LiveDocuments.OrderStatusChanged, LiveDocuments.Order(id));
        Assert.Null(onB.Errors);

        await flow.Pay("recordManualPayment", new { orderId = id, reference = "EFT-A" });
        await flow.Run("confirmOrder", "OrderChangeInput", new { orderId = id });
        var received = await onB.EventsAsync("orderStatusChanged", 2);

        Assert.Equal(["payment.succeeded", "order.updated"], received.Strings("type"));
        Assert.Equal(["PAID", "PAID"], received.Strings("paymentStatus"));
        Assert.True(await onB.IsQuietAsync(0.5));   // both relays may publish a batch: duplicates are dropped by cursor
    }

    [Fact]
    public async Task Subscriber_ReceivesWhatHappenedDuringARedisOutage_WhenRedisReturns()
    {
        var flow = new OrderFlow(await _a.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(_a.TeeSmall, 1)))["id"]!.GetValue<string>();
        await using var onB = await SchemaSubscription.OpenAsync(_b, _b.AdminApiKey, LiveDocuments.OrderStatusChanged, LiveDocuments.Order(id));
        await flow.Pay("recordManualPayment", new { orderId = id, reference = "EFT-B" });
        var before = await onB.EventsAsync("orderStatusChanged", 1);

        _redis.Stop();
        var healthDuringOutage = await HealthAsync(_b, until: "Degraded");
        var confirmed = await flow.Run("confirmOrder", "OrderChangeInput", new { orderId = id });
        var shipped = await flow.Run("createFulfillment", "CreateFulfillmentInput", new { orderId = id, carrier = "DHL", trackingNumber = "R1" });
        var waiting = await _a.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.PublishedAt == null));
        Assert.True(await onB.IsQuietAsync(1));
        await _redis.StartAsync();
        var missed = await onB.EventsAsync("orderStatusChanged", 2);
        await flow.Run("markOrderDelivered", "OrderChangeInput", new { orderId = id });
        var after = await onB.EventsAsync("orderStatusChanged", 1);

        Assert.Equal("Degraded", healthDuringOutage);       // the signal: /health, while streams keep waiting
        Assert.Equal("Healthy", await HealthAsync(_b, until: "Healthy"));
        Assert.Empty(confirmed["userErrors"]!.AsArray());   // mutations work while Redis is down
        Assert.Equal("FULFILLED", shipped["order"]!["status"]!.GetValue<string>());
        Assert.True(waiting >= 2, $"the outbox kept {waiting} unpublished rows");
        var all = before.Concat(missed).Concat(after).ToList();
        Assert.Equal(["PLACED", "CONFIRMED", "FULFILLED", "DELIVERED"], all.Strings("status"));
        Assert.Equal(all.Count, all.Strings("cursor").Distinct().Count());
        Assert.True(await onB.IsQuietAsync(0.5));
    }
}
