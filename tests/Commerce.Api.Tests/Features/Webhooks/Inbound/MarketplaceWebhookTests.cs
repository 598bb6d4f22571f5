using System.Net;
using Commerce.Api.Tests.Features.Orders;
using Commerce.Domain.Orders;
using Commerce.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;
using static Commerce.Api.Tests.Features.Webhooks.Inbound.WebhookShopFactory;

namespace Commerce.Api.Tests.Features.Webhooks.Inbound;

public sealed class MarketplaceWebhookTests(WebhookShopFactory shop) : IClassFixture<WebhookShopFactory>
{
    [Fact]
    public async Task MarketplaceOrder_PlacesOneOrder_WhenPostedTwice()
    {
        var body = MarketplaceOrderEvent("TAK-1001", ("TEE-S", 2));

        var first = await shop.PostMarketplaceOrderAsync(body);
        var afterFirst = await shop.WebhookFootprintAsync();
        var second = await shop.PostMarketplaceOrderAsync(body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var (created, duplicate) = (await JsonAsync(first), await JsonAsync(second));
        Assert.False(created["duplicate"]!.GetValue<bool>());
        Assert.True(duplicate["duplicate"]!.GetValue<bool>());
        Assert.Equal(created["orderId"]!.GetValue<string>(), duplicate["orderId"]!.GetValue<string>());
        Assert.Equal(afterFirst, await shop.WebhookFootprintAsync());
        var orders = await shop.WithDbAsync(db => db.Orders.Where(o => o.ExternalId == "takealot:TAK-1001")
            .Select(o => new { o.SourceChannel, o.Email, o.CustomerId, Quantity = o.Lines.Sum(l => l.Quantity) }).ToListAsync());
        var order = Assert.Single(orders);
        Assert.Equal((SalesChannel.Marketplace, "buyer@example.com", (int?)null, 2), (order.SourceChannel, order.Email, order.CustomerId, order.Quantity));
    }

    [Fact]
    public async Task MarketplaceOrder_Returns422WithPlaceOrdersCode_WhenOutOfStock()
    {
        var graphCode = await PlaceOrderErrorAsync(shop.TeeMedium, 6);
        var before = await shop.FootprintAsync();

        var response = await shop.PostMarketplaceOrderAsync(MarketplaceOrderEvent("TAK-2002", ("TEE-M", 6)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await JsonAsync(response))["error"]!;
        Assert.Equal("OUT_OF_STOCK", graphCode);
        Assert.Equal(graphCode, error["code"]!.GetValue<string>());
        Assert.Equal("lines.0.quantity", error["details"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(before, await shop.FootprintAsync());
        Assert.Equal(InboundWebhookStatus.Failed, (await shop.EventAsync("marketplaces:takealot", "TAK-2002"))!.Status);
    }

    [Fact]
    public async Task MarketplaceOrder_IsPlaced_WhenRedeliveredAfterAFailedAttempt()
    {
        var body = MarketplaceOrderEvent("TAK-3003", ("TEE-S", 1));
        var badBody = body.Replace("\"Standard\"", "\"Teleport\"", StringComparison.Ordinal);
        var header = Commerce.Api.Features.Webhooks.WebhookSignature.Sign(MarketplaceSecret, shop.Clock.GetUtcNow(), badBody);

        var refused = await shop.PostAsync("/webhooks/marketplaces/takealot", badBody, MarketplaceSecret, header: header);
        var placed = await shop.PostMarketplaceOrderAsync(body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("INVALID_VALUE", (await JsonAsync(refused))["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var row = await shop.EventAsync("marketplaces:takealot", "TAK-3003");
        Assert.Equal((InboundWebhookStatus.Processed, 2), (row!.Status, row.Attempts));
    }

    [Fact]
    public async Task MarketplaceOrder_Returns422VariantUnavailable_WhenSkuIsUnknown()
    {
        var response = await shop.PostMarketplaceOrderAsync(MarketplaceOrderEvent("TAK-4004", ("TEE-S", 1), ("NOPE-1", 1)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await JsonAsync(response))["error"]!;
        Assert.Equal(("VARIANT_UNAVAILABLE", "lines.1.sku"), (error["code"]!.GetValue<string>(), error["details"]![0]!["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MarketplaceOrder_Returns400_WhenExternalIdIsMissing()
    {
        var response = await shop.PostMarketplaceOrderAsync("""{"lines":[{"sku":"TEE-S","quantity":1}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<string> PlaceOrderErrorAsync(string variantId, int quantity)
    {
        var result = await new OrderFlow(await shop.ClientAsync()).Run("placeOrder", "PlaceOrderInput", OrderShopFactory.GuestOrder(OrderShopFactory.Line(variantId, quantity)));
        return result["userErrors"]![0]!["code"]!.GetValue<string>();
    }
}
