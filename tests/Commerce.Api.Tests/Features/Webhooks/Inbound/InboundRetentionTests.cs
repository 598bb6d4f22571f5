using System.Net;
using Commerce.Api.Features.Webhooks.Inbound;
using Commerce.Api.Tests.Features.Orders;
using Commerce.Domain.Orders;
using Commerce.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serilog.Events;
using static Commerce.Api.Tests.Features.Webhooks.Inbound.WebhookShopFactory;

namespace Commerce.Api.Tests.Features.Webhooks.Inbound;

/// <summary>Deferred events expire after 72 hours and are never applied after; inbound rows go after 30 days.</summary>
public sealed class InboundRetentionTests : IAsyncLifetime
{
    private const string Source = "payments:testpay";
    private readonly WebhookShopFactory _shop = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _shop.DisposeAsync();

    [Fact]
    public async Task DeferredEvent_Expires_AtTheTimeoutAndNotBefore()
    {
        var (orderId, _) = await _shop.PlaceOrderAsync();
        await _shop.PostPaymentAsync(PaymentEvent("evt_exp_refund", "payment.refunded", orderId, "5.00", "re_exp"));

        _shop.Clock.Offset += TimeSpan.FromHours(72) - TimeSpan.FromMinutes(1);
        var early = await _shop.SweepAsync();
        var statusBefore = (await _shop.EventAsync(Source, "evt_exp_refund"))!.Status;
        _shop.Clock.Offset += TimeSpan.FromMinutes(1);
        var due = await _shop.SweepAsync();

        Assert.Equal((0, InboundWebhookStatus.Deferred), (early.DeferredExpired, statusBefore));
        Assert.Equal(1, due.DeferredExpired);
        var row = (await _shop.EventAsync(Source, "evt_exp_refund"))!;
        Assert.Equal(InboundWebhookStatus.Expired, row.Status);
        var number = await _shop.WithDbAsync(db => db.Orders.Select(o => o.Number).SingleAsync());
        Assert.StartsWith($"Expired: waited 72 hours for a payment on order {number} that never arrived, so this payment.refunded was not applied", row.Outcome, StringComparison.Ordinal);
        var warning = Assert.Single(_shop.Logs, e => e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains(nameof(DeferredEventExpiry), StringComparison.Ordinal));
        Assert.Equal(LogEventLevel.Warning, warning.Level);
        Assert.Equal("\"evt_exp_refund\"", warning.Properties["EventId"].ToString());
        Assert.Equal($"\"{number}\"", warning.Properties["OrderNumber"].ToString());
        Assert.Equal(0, (await _shop.SweepAsync()).DeferredExpired);   // expired once, not again
    }

    [Fact]
    public async Task PaymentAfterExpiry_AppliesOnlyItself_AndTheExpiredEventStaysUnapplied()
    {
        var (orderId, total) = await _shop.PlaceOrderAsync();
        var refund = PaymentEvent("evt_late_refund", "payment.refunded", orderId, "5.00", "re_late");
        await _shop.PostPaymentAsync(refund);
        _shop.Clock.Offset += TimeSpan.FromHours(73);
        await _shop.SweepAsync();

        var payment = await _shop.PostPaymentAsync(PaymentEvent("evt_late_paid", "payment.succeeded", orderId, total, "ch_late"));
        var redelivered = await _shop.PostPaymentAsync(refund);

        Assert.Equal(HttpStatusCode.OK, payment.StatusCode);
        var (status, entries, events) = await _shop.LedgerAsync(orderId);
        Assert.Equal(PaymentStatus.Paid, status);
        Assert.Equal(["Capture Succeeded testpay ch_late"], entries);
        Assert.DoesNotContain(OrderEvents.PaymentRefunded, events);
        Assert.Equal(InboundWebhookStatus.Expired, (await _shop.EventAsync(Source, "evt_late_refund"))!.Status);
        var again = await JsonAsync(redelivered);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal((true, "expired"), (again["duplicate"]!.GetValue<bool>(), again["status"]!.GetValue<string>()));
        Assert.Equal(["Capture Succeeded testpay ch_late"], (await _shop.LedgerAsync(orderId)).Entries);
    }

    [Fact]
    public async Task InboundEvents_PastRetention_AreDeletedInBatches_AndDeferredOnesAreKept()
    {
        var (orderId, total) = await _shop.PlaceOrderAsync();
        var paid = PaymentEvent("evt_old_paid", "payment.succeeded", orderId, total, "ch_old");
        await _shop.PostPaymentAsync(paid);
        await _shop.PostPaymentAsync("""{"id":"evt_old_other","type":"customer.updated","data":{}}""");
        var now = _shop.Clock.GetUtcNow().UtcDateTime;
        await _shop.WithDbAsync(async db =>
        {
            db.InboundWebhookEvents.AddRange(Enumerable.Range(1, 1_100).Select(i => Row($"evt_bulk_{i}", InboundWebhookStatus.Processed, now.AddDays(-31))));
            db.InboundWebhookEvents.Add(Row("evt_waiting", InboundWebhookStatus.Deferred, now.AddDays(-40)));
            return await db.SaveChangesAsync();
        });

        _shop.Clock.Offset += TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1);
        var retention = _shop.Services.GetRequiredService<InboundEventRetention>();
        var bulk = await retention.SweepAsync();                   // the 1,100 old rows, in batches of 500
        var keptWhileRecent = await _shop.WithDbAsync(db => db.InboundWebhookEvents.Select(e => e.EventId).OrderBy(e => e).ToListAsync());
        _shop.Clock.Offset += TimeSpan.FromMinutes(2);
        var old = await retention.SweepAsync();
        var redelivered = await _shop.PostPaymentAsync(paid);

        Assert.Equal(1_100, bulk);
        Assert.Equal(["evt_old_other", "evt_old_paid", "evt_waiting"], keptWhileRecent);
        Assert.Equal(2, old);
        Assert.Equal("evt_waiting", (await _shop.EventAsync(Source, "evt_waiting"))!.EventId);
        // The trade-off: after the retention the id is forgotten, so the redelivery is processed as new; the ledger's
        // own check on the provider's reference still keeps this one from being applied twice.
        var answer = await JsonAsync(redelivered);
        Assert.Equal((false, "ignored"), (answer["duplicate"]!.GetValue<bool>(), answer["status"]!.GetValue<string>()));
        Assert.Equal(["Capture Succeeded testpay ch_old"], (await _shop.LedgerAsync(orderId)).Entries);
    }

    [Theory]
    [InlineData("Webhooks:Inbound:RetentionDays", "1", "Webhooks:Inbound:RetentionDays must be 0 (keep forever) or at least 3")]
    [InlineData("Webhooks:Inbound:DeferredTimeout", "00:00:00", "Webhooks:Inbound:DeferredTimeout must be a positive time span")]
    [InlineData("Webhooks:Outbound:RetentionDays", "-1", "Webhooks:Outbound:RetentionDays must be 0 (keep forever) or more")]
    [InlineData("Webhooks:Retention:BatchSize", "0", "Webhooks:Retention:BatchSize must be at least 1")]
    public void Host_RefusesToStart_WhenARetentionSettingIsInvalid(string key, string value, string message)
    {
        using var shop = OrderShopFactory.With(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => shop.Services);

        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException { InnerException: { } inner } ? inner : error);
        Assert.Contains(message, validation.Message, StringComparison.Ordinal);
    }

    private static InboundWebhookEvent Row(string eventId, InboundWebhookStatus status, DateTime receivedAt) => new()
    {
        Source = Source, EventId = eventId, Type = "payment.succeeded", Status = status, Payload = "{}", ReceivedAt = receivedAt, ProcessedAt = receivedAt,
    };
}
