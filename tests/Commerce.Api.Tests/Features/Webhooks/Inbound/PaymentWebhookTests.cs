using System.Globalization;
using System.Net;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;
using static Commerce.Api.Tests.Features.Webhooks.Inbound.WebhookShopFactory;

namespace Commerce.Api.Tests.Features.Webhooks.Inbound;

public sealed class PaymentWebhookTests(WebhookShopFactory shop) : IClassFixture<WebhookShopFactory>
{
    [Fact]
    public async Task PaymentSucceeded_RecordsCaptureAndPaysOrder_WhenSignatureIsValid()
    {
        var (orderId, total) = await shop.PlaceOrderAsync();

        var response = await shop.PostPaymentAsync(PaymentEvent("evt_ok_1", "payment.succeeded", orderId, total, "ch_ok_1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("processed", body["status"]!.GetValue<string>());
        Assert.Equal(orderId, body["orderId"]!.GetValue<string>());
        var (status, entries, events) = await shop.LedgerAsync(orderId);
        Assert.Equal(PaymentStatus.Paid, status);
        Assert.Equal(["Capture Succeeded testpay ch_ok_1"], entries);
        Assert.Contains(OrderEvents.PaymentSucceeded, events);
    }

    [Fact]
    public async Task PaymentWebhook_Returns401AndChangesNothing_WhenBodyIsTampered()
    {
        var (orderId, total) = await shop.PlaceOrderAsync();
        var signed = PaymentEvent("evt_tamper", "payment.succeeded", orderId, "0.01", "ch_tamper");
        var header = Commerce.Api.Features.Webhooks.WebhookSignature.Sign(OldSecret, shop.Clock.GetUtcNow(), signed);
        var before = await shop.WebhookFootprintAsync();

        var response = await shop.PostAsync("/webhooks/payments/testpay", signed.Replace("0.01", total, StringComparison.Ordinal), OldSecret, header: header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("INVALID_SIGNATURE", (await JsonAsync(response))["error"]!["code"]!.GetValue<string>());
        Assert.Equal(before, await shop.WebhookFootprintAsync());
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public async Task PaymentWebhook_Returns401_WhenSignatureTimestampIsOutsideFiveMinutes(int ageSeconds)
    {
        var (orderId, total) = await shop.PlaceOrderAsync();
        var before = await shop.WebhookFootprintAsync();

        var response = await shop.PostAsync("/webhooks/payments/testpay", PaymentEvent($"evt_stale_{ageSeconds}", "payment.succeeded", orderId, total, "ch_stale"),
            OldSecret, TimeSpan.FromSeconds(ageSeconds));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await shop.WebhookFootprintAsync());
    }

    [Fact]
    public async Task PaymentWebhook_ReturnsDuplicateAndChangesNothing_WhenEventIsReplayed()
    {
        var (orderId, total) = await shop.PlaceOrderAsync();
        var body = PaymentEvent("evt_replay", "payment.succeeded", orderId, total, "ch_replay");
        var header = Commerce.Api.Features.Webhooks.WebhookSignature.Sign(OldSecret, shop.Clock.GetUtcNow(), body);
        await shop.PostAsync("/webhooks/payments/testpay", body, OldSecret, header: header);
        var before = await shop.WebhookFootprintAsync();

        var sameRequest = await shop.PostAsync("/webhooks/payments/testpay", body, OldSecret, header: header);
        var resigned = await shop.PostPaymentAsync(body, NewSecret);

        foreach (var response in new[] { sameRequest, resigned })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var answer = await JsonAsync(response);
            Assert.True(answer["duplicate"]!.GetValue<bool>());
            Assert.Equal("processed", answer["status"]!.GetValue<string>());
        }

        Assert.Equal(before, await shop.WebhookFootprintAsync());
    }

    [Fact]
    public async Task PaymentWebhook_AppliesOnce_WhenTheSameEventIsDeliveredConcurrently()
    {
        var (orderId, total) = await shop.PlaceOrderAsync();
        var body = PaymentEvent("evt_race", "payment.succeeded", orderId, total, "ch_race");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => shop.PostPaymentAsync(body)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var duplicates = await Task.WhenAll(responses.Select(async r => (await JsonAsync(r))["duplicate"]!.GetValue<bool>()));
        Assert.Equal(5, duplicates.Count(d => d));
        Assert.Equal(["Capture Succeeded testpay ch_race"], (await shop.LedgerAsync(orderId)).Entries);
    }

    [Fact]
    public async Task PaymentWebhook_Accepts_WhenSignedWithEitherActiveSecret()
    {
        var (orderId, total) = await shop.PlaceOrderAsync();
        var half = (decimal.Parse(total, CultureInfo.InvariantCulture) / 2).ToString("0.00", CultureInfo.InvariantCulture);

        var old = await shop.PostPaymentAsync(PaymentEvent("evt_rot_old", "payment.succeeded", orderId, half, "ch_rot_1"), OldSecret);
        var rotated = await shop.PostPaymentAsync(PaymentEvent("evt_rot_new", "payment.succeeded", orderId, half, "ch_rot_2"), NewSecret);
        var retired = await shop.PostPaymentAsync(PaymentEvent("evt_rot_gone", "payment.succeeded", orderId, half, "ch_rot_3"), "whsec_retired");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized], [old.StatusCode, rotated.StatusCode, retired.StatusCode]);
        Assert.Equal(2, (await shop.LedgerAsync(orderId)).Entries.Count);
    }

    [Fact]
    public async Task PaymentWebhook_RecordsFailedEventAndAnswers422_WhenOrderIsUnknown()
    {
        await shop.ClientAsync();
        var unknown = GlobalId.Encode("Order", 999_999);
        var body = PaymentEvent("evt_unknown_order", "payment.succeeded", unknown, "10.00", "ch_unknown");
        var before = await shop.FootprintAsync();

        var first = await shop.PostPaymentAsync(body);
        var redelivered = await shop.PostPaymentAsync(body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, first.StatusCode);
        var answer = await JsonAsync(redelivered);
        Assert.Equal("failed", answer["status"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", answer["error"]!["code"]!.GetValue<string>());
        Assert.Equal("data.orderId", answer["error"]!["details"]![0]!["field"]!.GetValue<string>());
        var row = await shop.EventAsync("payments:testpay", "evt_unknown_order");
        Assert.Equal((InboundWebhookStatus.Failed, 2), (row!.Status, row.Attempts));
        Assert.Contains("No order", row.Outcome, StringComparison.Ordinal);
        Assert.Equal(before, await shop.FootprintAsync());
    }

    [Fact]
    public async Task PaymentRefunded_IsDeferredThenApplied_WhenItArrivesBeforeThePayment()
    {
        var (orderId, total) = await shop.PlaceOrderAsync();

        var refund = await shop.PostPaymentAsync(PaymentEvent("evt_ooo_refund", "payment.refunded", orderId, "5.00", "re_ooo"));
        var ledgerWhileDeferred = (await shop.LedgerAsync(orderId)).Entries;
        var payment = await shop.PostPaymentAsync(PaymentEvent("evt_ooo_paid", "payment.succeeded", orderId, total, "ch_ooo"));

        Assert.Equal(HttpStatusCode.Accepted, refund.StatusCode);
        Assert.Equal("deferred", (await JsonAsync(refund))["status"]!.GetValue<string>());
        Assert.Empty(ledgerWhileDeferred);
        Assert.Equal(HttpStatusCode.OK, payment.StatusCode);
        var (status, entries, events) = await shop.LedgerAsync(orderId);
        Assert.Equal(PaymentStatus.PartiallyRefunded, status);
        Assert.Equal(["Capture Succeeded testpay ch_ooo", "Refund Succeeded testpay re_ooo"], entries);
        Assert.Contains(OrderEvents.PaymentRefunded, events);
        Assert.Equal(InboundWebhookStatus.Processed, (await shop.EventAsync("payments:testpay", "evt_ooo_refund"))!.Status);
    }

    [Fact]
    public async Task PaymentFailed_RecordsFailedEntry_AndIsIgnoredOnceThePaymentSucceeded()
    {
        var (orderId, total) = await shop.PlaceOrderAsync();

        var failed = await shop.PostPaymentAsync(PaymentEvent("evt_fail_1", "payment.failed", orderId, total, "ch_fail_1"));
        var statusAfterFailure = (await shop.LedgerAsync(orderId)).Status;
        await shop.PostPaymentAsync(PaymentEvent("evt_fail_ok", "payment.succeeded", orderId, total, "ch_fail_2"));
        var late = await shop.PostPaymentAsync(PaymentEvent("evt_fail_late", "payment.failed", orderId, total, "ch_fail_3"));

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(PaymentStatus.Failed, statusAfterFailure);
        Assert.Equal("ignored", (await JsonAsync(late))["status"]!.GetValue<string>());
        Assert.Equal(["Capture Failed testpay ch_fail_1", "Capture Succeeded testpay ch_fail_2"], (await shop.LedgerAsync(orderId)).Entries);
    }

    [Fact]
    public async Task DisputeOpened_RaisesPaymentDisputedEvent_WithoutMovingMoney()
    {
        var (orderId, total) = await shop.PlaceOrderAsync();
        await shop.PostPaymentAsync(PaymentEvent("evt_dsp_paid", "payment.succeeded", orderId, total, "ch_dsp"));

        var dispute = await shop.PostPaymentAsync(PaymentEvent("evt_dsp_open", "payment.dispute_opened", orderId, total, "dp_1"));

        Assert.Equal(HttpStatusCode.OK, dispute.StatusCode);
        var (status, entries, events) = await shop.LedgerAsync(orderId);
        Assert.Equal(PaymentStatus.Paid, status);
        Assert.Single(entries);
        Assert.Equal(OrderEvents.PaymentDisputed, events[^1]);
    }

    [Fact]
    public async Task PaymentWebhook_IsRecordedAndIgnored_WhenTypeIsNotApplied()
    {
        await shop.ClientAsync();

        var response = await shop.PostPaymentAsync("""{"id":"evt_other","type":"customer.updated","data":{}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InboundWebhookStatus.Ignored, (await shop.EventAsync("payments:testpay", "evt_other"))!.Status);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("""{"type":"payment.succeeded","data":{}}""")]
    [InlineData("""{"id":"evt_bad","type":"payment.succeeded","data":{"orderNumber":"CG-1","providerReference":"x"}}""")]
    public async Task PaymentWebhook_Returns400AndRecordsNothing_WhenBodyIsMalformed(string body)
    {
        await shop.ClientAsync();
        var before = await shop.WebhookFootprintAsync();

        var response = await shop.PostPaymentAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", (await JsonAsync(response))["error"]!["code"]!.GetValue<string>());
        Assert.Equal(before, await shop.WebhookFootprintAsync());
    }

    [Fact]
    public async Task PaymentSucceeded_FindsOrderByNumber_WhenNoIdIsSent()
    {
        var (orderId, total) = await shop.PlaceOrderAsync();
        var number = await shop.WithDbAsync(db => db.Orders.Where(o => o.Id == GlobalId.DecodeInt(orderId, "Order")).Select(o => o.Number).SingleAsync());
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            id = "evt_by_number", type = "payment.succeeded",
            data = new { orderNumber = number, amount = new { amount = decimal.Parse(total, CultureInfo.InvariantCulture), currencyCode = "usd" }, providerReference = "ch_by_number" },
        });

        var response = await shop.PostPaymentAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PaymentStatus.Paid, (await shop.LedgerAsync(orderId)).Status);
    }

    [Fact]
    public async Task PaymentWebhook_Returns413_WhenBodyExceedsTheLimit()
    {
        var body = $$"""{"id":"evt_big","type":"x","pad":"{{new string('a', 300 * 1024)}}"}""";

        var response = await shop.PostPaymentAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("/webhooks/payments/unknownpay")]
    [InlineData("/webhooks/payments/takealot")]
    [InlineData("/webhooks/marketplaces/testpay")]
    public async Task Webhook_Returns404_WhenSenderIsNotConfigured(string path)
    {
        var response = await shop.PostAsync(path, """{"id":"evt_404"}""", OldSecret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
