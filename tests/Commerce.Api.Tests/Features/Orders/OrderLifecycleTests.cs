using Commerce.Domain.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Orders;

public sealed class OrderLifecycleTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    [Fact]
    public async Task Order_WalksFromPlacedToDelivered_WhenPaidAndShippedInTwoParts()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var start = await shop.StockAsync(1);
        var order = await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 3));
        var id = order["id"]!.GetValue<string>();
        var total = order["total"]!["minorUnits"]!.GetValue<long>();

        var auth = await flow.Pay("authorizePayment", new { orderId = id, card = "4242 4242 4242 4242", idempotencyKey = "a1" });
        Assert.Equal("AUTHORIZED", auth["order"]!["paymentStatus"]!.GetValue<string>());
        var part = await flow.Pay("capturePayment", new { orderId = id, amount = "10.00", idempotencyKey = "c1" });
        Assert.Equal("PARTIALLY_PAID", part["order"]!["paymentStatus"]!.GetValue<string>());
        var rest = await flow.Pay("capturePayment", new { orderId = id, idempotencyKey = "c2" });
        Assert.Equal(total - 1_000, rest["transaction"]!["amount"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal("PAID", rest["order"]!["paymentStatus"]!.GetValue<string>());

        var confirmed = await flow.Run("confirmOrder", "OrderChangeInput", new { orderId = id, expectedVersion = rest["order"]!["version"]!.GetValue<int>() });
        Assert.Equal("CONFIRMED", confirmed["order"]!["status"]!.GetValue<string>());
        var lineId = confirmed["order"]!["lines"]![0]!["id"]!.GetValue<string>();
        var partial = await flow.Run("createFulfillment", "CreateFulfillmentInput",
            new { orderId = id, lines = new[] { new { orderLineId = lineId, quantity = 1 } }, carrier = "DHL", trackingNumber = "T1" });
        Assert.Equal("PARTIALLY_FULFILLED", partial["order"]!["status"]!.GetValue<string>());
        Assert.Equal((start.OnHand - 1, start.Reserved + 2), await shop.StockAsync(1));
        var full = await flow.Run("createFulfillment", "CreateFulfillmentInput", new { orderId = id, carrier = "DHL", trackingNumber = "T2" });
        Assert.Equal("FULFILLED", full["order"]!["fulfillmentStatus"]!.GetValue<string>());
        var delivered = await flow.Run("markOrderDelivered", "OrderChangeInput", new { orderId = id });

        Assert.Empty(delivered["userErrors"]!.AsArray());
        Assert.Equal("DELIVERED", delivered["order"]!["status"]!.GetValue<string>());
        Assert.Equal((start.OnHand - 3, start.Reserved), await shop.StockAsync(1));
        var types = await shop.WithDbAsync(db => db.OutboxMessages.Select(m => m.Type).Distinct().ToListAsync());
        Assert.Superset(new HashSet<string> { "order.created", "payment.succeeded", "order.updated", "order.fulfilled", "stock.changed" }, types.ToHashSet());
    }

    [Fact]
    public async Task CancelOrder_VoidsAuthorizationAndReleasesStock_WhenOrderWasAuthorized()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var start = await shop.StockAsync(1);
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 2)))["id"]!.GetValue<string>();
        await flow.Pay("authorizePayment", new { orderId = id, card = "4242424242424242" });
        var releasesBefore = await shop.WithDbAsync(db => db.StockMovements.CountAsync(m => m.Reason == StockMovementReason.Release));

        var cancelled = await flow.Run("cancelOrder", "CancelOrderInput", new { orderId = id, reason = "Customer changed their mind" });

        Assert.Empty(cancelled["userErrors"]!.AsArray());
        Assert.Equal("CANCELLED", cancelled["order"]!["status"]!.GetValue<string>());
        Assert.Equal("VOIDED", cancelled["order"]!["paymentStatus"]!.GetValue<string>());
        Assert.Equal(start, await shop.StockAsync(1));
        var releases = await shop.WithDbAsync(db => db.StockMovements.CountAsync(m => m.Reason == StockMovementReason.Release));
        Assert.Equal(releasesBefore + 1, releases);
        Assert.Contains("order.cancelled", await shop.WithDbAsync(db => db.OutboxMessages.Select(m => m.Type).ToListAsync()));
    }

    [Fact]
    public async Task CancelOrder_RefundsCapture_WhenOrderWasPaid()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        await flow.Pay("recordManualPayment", new { orderId = id, reference = "EFT-1" });

        var cancelled = await flow.Run("cancelOrder", "CancelOrderInput", new { orderId = id, reason = "Fraud check failed" });

        Assert.Equal("REFUNDED", cancelled["order"]!["paymentStatus"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("createFulfillment", "CreateFulfillmentInput")]
    [InlineData("markOrderDelivered", "OrderChangeInput")]
    [InlineData("capturePayment", "CapturePaymentInput")]
    public async Task Mutation_ReturnsIllegalTransitionAndChangesNoRow_WhenOrderIsOnlyPlaced(string mutation, string inputType)
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var order = await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1));
        var before = await shop.FootprintAsync();

        var result = await flow.Run(mutation, inputType, new { orderId = order["id"]!.GetValue<string>() });

        Assert.Equal("ILLEGAL_TRANSITION", result["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("PLACED", result["order"]!["status"]!.GetValue<string>());
        Assert.Equal(before, await shop.FootprintAsync());
        var transition = order["availableTransitions"]!.AsArray().Single(t => t!["action"]!.GetValue<string>() == "FULFILL")!;
        Assert.False(transition["allowed"]!.GetValue<bool>());
        Assert.Contains("Confirm", transition["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConfirmOrder_ReturnsVersionConflict_WhenExpectedVersionIsStale()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var order = await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1));
        var before = await shop.FootprintAsync();

        var result = await flow.Run("confirmOrder", "OrderChangeInput", new { orderId = order["id"]!.GetValue<string>(), expectedVersion = 99 });

        Assert.Equal("VERSION_CONFLICT", result["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("version 1", result["userErrors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(before, await shop.FootprintAsync());
    }
}
