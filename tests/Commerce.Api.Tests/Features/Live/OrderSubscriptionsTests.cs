using System.Text.Json.Nodes;
using Commerce.Api.Tests.Features.Orders;
using Commerce.Api.Tests.Infrastructure;

namespace Commerce.Api.Tests.Features.Live;

public sealed class OrderSubscriptionsTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    [Fact]
    public async Task OrderStatusChanged_DeliversEachStepOfTheOrdersLife_WithTheOrderAsItStandsThen()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        await using var live = await SchemaSubscription.OpenAsync(shop, shop.AdminApiKey, LiveDocuments.OrderStatusChanged, LiveDocuments.Order(id));
        Assert.Null(live.Errors);

        var received = new List<JsonObject>();
        await flow.Pay("recordManualPayment", new { orderId = id, reference = "EFT-1" });
        received.AddRange(await live.EventsAsync("orderStatusChanged", 1));
        await flow.Run("confirmOrder", "OrderChangeInput", new { orderId = id });
        received.AddRange(await live.EventsAsync("orderStatusChanged", 1));
        await flow.Run("createFulfillment", "CreateFulfillmentInput", new { orderId = id, carrier = "DHL", trackingNumber = "T1" });
        received.AddRange(await live.EventsAsync("orderStatusChanged", 1));
        await flow.Run("markOrderDelivered", "OrderChangeInput", new { orderId = id });
        received.AddRange(await live.EventsAsync("orderStatusChanged", 1));

        Assert.Equal(["payment.succeeded", "order.updated", "order.fulfilled", "order.updated"], received.Strings("type"));
        Assert.Equal(["PLACED", "CONFIRMED", "FULFILLED", "DELIVERED"], received.Strings("status"));
        Assert.Equal(["PLACED", "PLACED", "CONFIRMED", "FULFILLED"], received.Strings("previousStatus"));
        Assert.Equal(["PENDING", "PAID", "PAID", "PAID"], received.Strings("previousPaymentStatus"));
        // Each event is resolved in its own scope: the order is read when the event is sent, never from an earlier event's cache.
        Assert.Equal(received.Strings("status"), received.Select(e => e["order"]!["status"]!.GetValue<string>()));
        Assert.All(received, e => Assert.Equal(id, e["orderId"]!.GetValue<string>()));
        Assert.True(await live.IsQuietAsync(0.5));
    }

    [Fact]
    public async Task OrderStatusChanged_ReplaysWhatWasMissedThenGoesLive_WhenResumedAfterADroppedConnection()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        string cursor;
        await using (var first = await SchemaSubscription.OpenAsync(shop, shop.AdminApiKey, LiveDocuments.OrderStatusChanged, LiveDocuments.Order(id)))
        {
            await flow.Pay("recordManualPayment", new { orderId = id, reference = "EFT-2" });
            cursor = (await first.EventsAsync("orderStatusChanged", 1))[0]["cursor"]!.GetValue<string>();
        }

        // Disconnected: two changes happen unseen.
        await flow.Run("confirmOrder", "OrderChangeInput", new { orderId = id });
        await flow.Run("createFulfillment", "CreateFulfillmentInput", new { orderId = id, carrier = "DHL", trackingNumber = "T2" });
        await using var resumed = await SchemaSubscription.OpenAsync(shop, shop.AdminApiKey, LiveDocuments.OrderStatusChanged, LiveDocuments.Order(id, after: cursor));
        var replayed = await resumed.EventsAsync("orderStatusChanged", 2);
        await flow.Run("markOrderDelivered", "OrderChangeInput", new { orderId = id });
        var live = await resumed.EventsAsync("orderStatusChanged", 1);

        var all = replayed.Concat(live).ToList();
        Assert.Equal(["CONFIRMED", "FULFILLED", "DELIVERED"], all.Strings("status"));
        Assert.Equal(3, all.Strings("cursor").Prepend(cursor).Distinct().Count() - 1);
        Assert.True(await resumed.IsQuietAsync(0.5));
    }

    [Fact]
    public async Task OrderStatusChanged_IsRefusedAsNotFound_WhenTheOrderIsAnotherCustomers()
    {
        await shop.SignUpCustomerAsync("owner@example.com");
        await shop.SignUpCustomerAsync("snoop@example.com");
        var owner = (await shop.SignInCustomerAsync("owner@example.com")).AccessToken;
        var snoop = (await shop.SignInCustomerAsync("snoop@example.com")).AccessToken;
        var id = (await new OrderFlow(await shop.ClientAsync(owner)).PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();

        await using var refused = await SchemaSubscription.OpenAsync(shop, snoop, LiveDocuments.OrderStatusChanged, LiveDocuments.Order(id));
        await using var allowed = await SchemaSubscription.OpenAsync(shop, owner, LiveDocuments.OrderStatusChanged, LiveDocuments.Order(id));
        await using var anonymous = await SchemaSubscription.OpenAsync(shop, null, LiveDocuments.OrderStatusChanged, LiveDocuments.Order(id));

        Assert.Equal("NOT_FOUND", refused.Errors?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Null(allowed.Errors);
        Assert.Equal("UNAUTHENTICATED", anonymous.Errors?[0]?["extensions"]?["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task OrderStatusChanged_RefusesTheCursor_WhenItIsNotAnEventCursor()
    {
        var id = (await new OrderFlow(await shop.ClientAsync()).PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();

        await using var live = await SchemaSubscription.OpenAsync(shop, shop.AdminApiKey, LiveDocuments.OrderStatusChanged, LiveDocuments.Order(id, after: id));

        Assert.Equal("INVALID_CURSOR", live.Errors?[0]?["extensions"]?["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task MyOrderUpdates_DeliversOnlyTheCustomersOwnOrders()
    {
        await shop.SignUpCustomerAsync("mine@example.com");
        await shop.SignUpCustomerAsync("theirs@example.com");
        var mine = (await shop.SignInCustomerAsync("mine@example.com")).AccessToken;
        var theirs = (await shop.SignInCustomerAsync("theirs@example.com")).AccessToken;
        await using var live = await SchemaSubscription.OpenAsync(shop, mine, """
            subscription { myOrderUpdates { type orderId order { email } } }
            """);
        Assert.Null(live.Errors);

        var other = (await new OrderFlow(await shop.ClientAsync(theirs)).PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        var own = (await new OrderFlow(await shop.ClientAsync(mine)).PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        var staff = new OrderFlow(await shop.ClientAsync());
        await staff.Pay("recordManualPayment", new { orderId = other, reference = "THEIRS" });
        await staff.Pay("recordManualPayment", new { orderId = own, reference = "MINE" });
        var received = await live.EventsAsync("myOrderUpdates", 2);

        Assert.Equal([own, own], received.Strings("orderId"));
        Assert.Equal(["order.created", "payment.succeeded"], received.Strings("type"));
        Assert.True(await live.IsQuietAsync(0.5));
    }
}
