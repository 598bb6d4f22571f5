using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Api.Features.Webhooks;
using Commerce.Api.Tests.Features.Orders;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Commerce.Api.Tests.Features.Webhooks.Inbound;

/// <summary>
/// The tiny order shop with one payment provider ("testpay", two active secrets: mid-rotation) and one marketplace
/// ("takealot"), helpers that post signed deliveries the way those senders would and read what they changed, and
/// what the host logged.
/// </summary>
public sealed class WebhookShopFactory : OrderShopFactory
{
    public const string OldSecret = "whsec_old_0123456789";
    public const string NewSecret = "whsec_new_9876543210";
    public const string MarketplaceSecret = "mksec_takealot_42";

    private readonly ConcurrentQueue<LogEvent> _logs;

    public WebhookShopFactory()
        : this(new ConcurrentQueue<LogEvent>())
    {
    }

    private WebhookShopFactory(ConcurrentQueue<LogEvent> logs)
        : base(new Dictionary<string, string?>
        {
            ["Webhooks:Inbound:Payments:testpay:Secrets:0"] = OldSecret,
            ["Webhooks:Inbound:Payments:testpay:Secrets:1"] = NewSecret,
            ["Webhooks:Inbound:Marketplaces:takealot:Secrets:0"] = MarketplaceSecret,
            ["Webhooks:Retention:SweepMinutes"] = "0",   // tests call SweepAsync
        }, services => services.AddSingleton<ILogEventSink>(new QueueSink(logs)))
    {
        _logs = logs;
    }

    /// <summary>What the host logged, as Serilog events.</summary>
    public IReadOnlyList<LogEvent> Logs => [.. _logs];

    /// <summary>Posts <paramref name="body"/> signed with <paramref name="secret"/>, as signed <paramref name="age"/> ago; or with <paramref name="header"/> as is.</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string body, string secret, TimeSpan age = default, string? header = null)
    {
        await ClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.HeaderName, header ?? WebhookSignature.Sign(secret, Clock.GetUtcNow() - age, body));
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = null;   // the signature is the only credential
        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostPaymentAsync(string body, string secret = OldSecret) => PostAsync("/webhooks/payments/testpay", body, secret);

    public Task<HttpResponseMessage> PostMarketplaceOrderAsync(string body) => PostAsync("/webhooks/marketplaces/takealot", body, MarketplaceSecret);

    public static string PaymentEvent(string id, string type, string orderId, string amount, string reference, string currency = "USD") =>
        JsonSerializer.Serialize(new
        {
            id, type, createdAt = DateTimeOffset.UtcNow,
            data = new { orderId, amount = new { amount, currencyCode = currency }, providerReference = reference },
        });

    /// <summary>A marketplace's order body, as the channel would post it.</summary>
    public static string MarketplaceOrderEvent(string externalId, params (string Sku, int Quantity)[] lines) => JsonSerializer.Serialize(new
    {
        externalId, createdAt = DateTimeOffset.UtcNow, buyer = new { email = "Buyer@Example.com" },
        shippingAddress = OrderShopFactory.Address(), shippingMethod = "Standard",
        lines = lines.Select(l => new { sku = l.Sku, quantity = l.Quantity }),
    }, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private sealed class QueueSink(ConcurrentQueue<LogEvent> logs) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => logs.Enqueue(logEvent);
    }

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>Places a one-tee guest order; returns its global id and total in major units ("25.00").</summary>
    public async Task<(string Id, string Total)> PlaceOrderAsync()
    {
        var order = await new OrderFlow(await ClientAsync()).PlaceAsync(Line(TeeSmall, 1));
        var total = order["total"]!["minorUnits"]!.GetValue<long>() / 100m;
        return (order["id"]!.GetValue<string>(), total.ToString("0.00", CultureInfo.InvariantCulture));
    }

    /// <summary>The order's payment status, its ledger ("Capture Succeeded testpay ch_1") and its outbox event types.</summary>
    public Task<(PaymentStatus Status, List<string> Entries, List<string> Events)> LedgerAsync(string orderId) => WithDbAsync(async db =>
    {
        var id = GlobalId.DecodeInt(orderId, "Order");
        var status = await db.Orders.Where(o => o.Id == id).Select(o => o.PaymentStatus).SingleAsync();
        var entries = await db.PaymentTransactions.Where(t => t.OrderId == id).OrderBy(t => t.Id)
            .Select(t => new { t.Kind, t.Status, t.Provider, t.ProviderReference }).ToListAsync();
        var events = await db.OutboxMessages.Where(m => m.AggregateType == "Order" && m.AggregateId == id).OrderBy(m => m.Id).Select(m => m.Type).ToListAsync();
        return (status, entries.Select(e => $"{e.Kind} {e.Status} {e.Provider} {e.ProviderReference}").ToList(), events);
    });

    /// <summary>One pass of the retention loop: expire deferred events, delete rows past retention.</summary>
    public Task<WebhookSweep> SweepAsync() => Services.GetRequiredService<WebhookRetentionWorker>().SweepAsync();

    public Task<InboundWebhookEvent?> EventAsync(string source, string eventId) => WithDbAsync(db =>
        db.InboundWebhookEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Source == source && e.EventId == eventId));

    /// <summary><see cref="OrderShopFactory.FootprintAsync"/> plus the inbound event rows.</summary>
    public async Task<string> WebhookFootprintAsync() =>
        $"{await FootprintAsync()} inbound={await WithDbAsync(db => db.InboundWebhookEvents.CountAsync())}";
}
