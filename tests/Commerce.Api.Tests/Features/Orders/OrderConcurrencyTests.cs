using Commerce.Domain.Payments;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Orders;

/// <summary>Real parallel HTTP requests against one SQLite file.</summary>
public sealed class OrderConcurrencyTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    [Fact]
    public async Task PlaceOrder_SellsExactlyTheStock_When200OrdersRaceFor20Units()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var stock = await shop.StockAsync(1);
        var available = stock.OnHand - stock.Reserved;
        Assert.True(available >= 20);
        // Take the variant down to exactly 20 free units first.
        if (available > 20)
        {
            await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, available - 20));
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ =>
            flow.Run("placeOrder", "PlaceOrderInput", OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 1)))));

        Assert.Equal(20, results.Count(r => r["order"] is not null));
        Assert.Equal(180, results.Count(r => r["userErrors"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>() == "OUT_OF_STOCK"));
        var after = await shop.StockAsync(1);
        Assert.Equal(after.OnHand, after.Reserved);
    }

    [Fact]
    public async Task CapturePayment_CapturesOnce_When50RetriesShareAKey()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeMedium, 1)))["id"]!.GetValue<string>();
        await flow.Pay("authorizePayment", new { orderId = id, card = "4242424242424242" });

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            flow.Pay("capturePayment", new { orderId = id, amount = "5.00", idempotencyKey = "capture-once" })));

        Assert.All(results, r => Assert.Empty(r["userErrors"]!.AsArray()));
        var orderId = GlobalId.DecodeInt(id, "Order");
        var captures = await shop.WithDbAsync(db => db.PaymentTransactions.CountAsync(t => t.OrderId == orderId && t.Kind == PaymentTransactionKind.Capture));
        Assert.Equal(1, captures);
    }

    [Fact]
    public async Task RefundPayment_NeverRefundsMoreThanCaptured_WhenRefundsRace()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeMedium, 1)))["id"]!.GetValue<string>();
        await flow.Pay("recordManualPayment", new { orderId = id, amount = "10.00" });

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            flow.Pay("refundPayment", new { orderId = id, amount = "3.00", idempotencyKey = $"refund-{i}" })));

        Assert.Equal(3, results.Count(r => r["userErrors"]!.AsArray().Count == 0));
        var orderId = GlobalId.DecodeInt(id, "Order");
        var refunded = await shop.WithDbAsync(db => db.PaymentTransactions.Where(t => t.OrderId == orderId && t.Kind == PaymentTransactionKind.Refund).SumAsync(t => t.AmountMinorUnits));
        Assert.Equal(900, refunded);
    }

    [Fact]
    public async Task ConfirmOrder_OneWinsOneConflicts_WhenTwoUsersSendTheSameVersion()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var order = await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeMedium, 1));
        var input = new { orderId = order["id"]!.GetValue<string>(), expectedVersion = order["version"]!.GetValue<int>() };

        var results = await Task.WhenAll(
            flow.Run("confirmOrder", "OrderChangeInput", input),
            flow.Run("confirmOrder", "OrderChangeInput", input));

        Assert.Single(results, r => r["userErrors"]!.AsArray().Count == 0);
        Assert.Single(results, r => r["userErrors"]!.AsArray().FirstOrDefault()?["code"]?.GetValue<string>() == "VERSION_CONFLICT");
    }
}
