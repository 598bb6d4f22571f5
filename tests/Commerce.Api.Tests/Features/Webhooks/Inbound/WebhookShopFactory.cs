using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Api.Features.Webhooks;
using Commerce.Api.Tests.Features.Orders;
using Commerce.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Webhooks.Inbound;

/// <summary>
/// The tiny order shop with one payment provider ("testpay", two active secrets: mid-rotation) and one marketplace
/// ("takealot"), and helpers that post signed deliveries the way those senders would.
/// </summary>
public sealed class WebhookShopFactory() : OrderShopFactory(new Dictionary<string, string?>
{
    ["Webhooks:Inbound:Payments:testpay:Secrets:0"] = OldSecret,
    ["Webhooks:Inbound:Payments:testpay:Secrets:1"] = NewSecret,
    ["Webhooks:Inbound:Marketplaces:takealot:Secrets:0"] = MarketplaceSecret,
})
{
    public const string OldSecret = "whsec_old_0123456789";
    public const string NewSecret = "whsec_new_9876543210";
    public const string MarketplaceSecret = "mksec_takealot_42";

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

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public Task<InboundWebhookEvent?> EventAsync(string source, string eventId) => WithDbAsync(db =>
        db.InboundWebhookEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Source == source && e.EventId == eventId));

    /// <summary><see cref="OrderShopFactory.FootprintAsync"/> plus the inbound event rows.</summary>
    public async Task<string> WebhookFootprintAsync() =>
        $"{await FootprintAsync()} inbound={await WithDbAsync(db => db.InboundWebhookEvents.CountAsync())}";
}
