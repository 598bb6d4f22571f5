using Commerce.Api.Tests.Features.Orders;
using Commerce.Domain.Payments;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Payments;

public sealed class PaymentMutationsTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    [Theory]
    [InlineData("4000 0000 0000 0002", "PAYMENT_DECLINED")]
    [InlineData("4000000000009995", "INSUFFICIENT_FUNDS")]
    [InlineData("4111 1111 1111 1111", "PAYMENT_DECLINED")]
    public async Task AuthorizePayment_RecordsFailedEntry_WhenTestCardIsRefused(string card, string code)
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();

        var result = await flow.Pay("authorizePayment", new { orderId = id, card });

        Assert.Equal(code, result["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("FAILED", result["transaction"]!["status"]!.GetValue<string>());
        Assert.Equal("FAILED", result["order"]!["paymentStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task RefundPayment_NeverExceedsCapturedMinusRefunded()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        await flow.Pay("authorizePayment", new { orderId = id, card = "4242424242424242" });
        await flow.Pay("capturePayment", new { orderId = id, amount = "20.00" });

        var partial = await flow.Pay("refundPayment", new { orderId = id, amount = "15.00" });
        var tooMuch = await flow.Pay("refundPayment", new { orderId = id, amount = "5.01" });
        var rest = await flow.Pay("refundPayment", new { orderId = id });

        Assert.Equal("PARTIALLY_REFUNDED", partial["order"]!["paymentStatus"]!.GetValue<string>());
        Assert.Equal("AMOUNT_EXCEEDS_REFUNDABLE", tooMuch["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(500, rest["transaction"]!["amount"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal("REFUNDED", rest["order"]!["paymentStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task RefundPayment_SpreadsOverCapturesNewestFirst_EachTheWayItWasPaid()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        await flow.Pay("authorizePayment", new { orderId = id, card = "4242424242424242" });
        await flow.Pay("capturePayment", new { orderId = id, amount = "10.00" });
        await flow.Pay("recordManualPayment", new { orderId = id, amount = "5.00", reference = "EFT-9" });

        await flow.Pay("refundPayment", new { orderId = id, amount = "12.00" });

        Assert.Equal([("manual", 500L), ("test", 700L)], await RefundsAsync(id));
    }

    [Fact]
    public async Task CancelOrder_RefundsCardAndManualPaymentsEachTheirOwnWay()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        await flow.Pay("authorizePayment", new { orderId = id, card = "4242424242424242" });
        await flow.Pay("capturePayment", new { orderId = id, amount = "10.00" });
        await flow.Pay("recordManualPayment", new { orderId = id, amount = "5.00", reference = "EFT-10" });

        var cancelled = await flow.Run("cancelOrder", "CancelOrderInput", new { orderId = id, reason = "Out of business" });

        Assert.Equal("REFUNDED", cancelled["order"]!["paymentStatus"]!.GetValue<string>());
        Assert.Equal([("manual", 500L), ("test", 1000L)], await RefundsAsync(id));
    }

    private Task<List<(string, long)>> RefundsAsync(string orderId) => shop.WithDbAsync(async db =>
    {
        var order = GlobalId.DecodeInt(orderId, "Order");
        var rows = await db.PaymentTransactions.Where(t => t.OrderId == order && t.Kind == PaymentTransactionKind.Refund)
            .OrderBy(t => t.Id).Select(t => new { t.Provider, t.AmountMinorUnits }).ToListAsync();
        return rows.Select(r => (r.Provider, r.AmountMinorUnits)).ToList();
    });

    [Fact]
    public async Task CapturePayment_ReturnsAmountExceedsCapturable_AndChangesNoRow()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        await flow.Pay("authorizePayment", new { orderId = id, card = "4242424242424242" });
        var before = await shop.FootprintAsync();

        var result = await flow.Pay("capturePayment", new { orderId = id, amount = "1000.00" });

        Assert.Equal("AMOUNT_EXCEEDS_CAPTURABLE", result["userErrors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(before, await shop.FootprintAsync());
    }

    [Fact]
    public async Task RecordManualPayment_MarksOrderPaid_WhenAmountIsOmitted()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeMedium, 1)))["id"]!.GetValue<string>();

        var result = await flow.Pay("recordManualPayment", new { orderId = id, reference = "EFT-42" });

        Assert.Equal("PAID", result["order"]!["paymentStatus"]!.GetValue<string>());
        Assert.Equal("MANUAL_PAYMENT", result["transaction"]!["kind"]!.GetValue<string>());
        var transitions = result["order"]!["availableTransitions"]!.AsArray();
        Assert.False(transitions.Single(t => t!["action"]!.GetValue<string>() == "RECORD_MANUAL_PAYMENT")!["allowed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task VoidPayment_VoidsOpenAuthorization()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        await flow.Pay("authorizePayment", new { orderId = id, card = "tok_visa" });

        var result = await flow.Pay("voidPayment", new { orderId = id });

        Assert.Equal("VOIDED", result["order"]!["paymentStatus"]!.GetValue<string>());
    }
}
