using Commerce.Api.Tests.Features.Orders;
using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Orders;
using Commerce.Domain.Quotes;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Quotes;

/// <summary>The "done when": a negotiated quote becomes an order at the last offer's prices, once.</summary>
public sealed class AcceptQuoteTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    private readonly QuoteFlow flow = new(shop);

    private const string Diff = """
        query ($id: ID!) { node(id: $id) { ... on Quote { diff(from: 1, to: 3) {
          totalBefore { minorUnits } totalAfter { minorUnits } lines { kind quantityBefore quantityAfter unitPriceBefore { minorUnits } unitPriceAfter { minorUnits } } } } } }
        """;

    [Fact]
    public async Task AcceptQuote_PlacesOrderAtLastOfferPrices_AfterThreeRevisions()
    {
        var customer = await flow.CustomerAsync("buyer-three@example.com");
        var staff = await flow.StaffAsync();
        var quoteId = await flow.RequestAsync(customer, small: 10, medium: 4);
        Assert.Empty((await QuoteFlow.Run(staff, "offerQuote", flow.Offer(quoteId, 1_800, 1_400))).UserErrors());
        var countered = await QuoteFlow.Run(customer, "counterQuote", new
        {
            quoteId, note = "Twelve at $16?", lines = new object[] { new { variantId = shop.TeeSmall, quantity = 12, unitPrice = QuoteFlow.Price(1_600) }, new { variantId = shop.TeeMedium } },
        });
        Assert.Empty(countered.UserErrors());
        Assert.Equal("COUNTER_OFFERED", countered["quote"]!["status"]!.GetValue<string>());
        var offered = await QuoteFlow.Run(staff, "offerQuote", new
        {
            quoteId, volumeDiscountBasisPoints = 500, paymentTerms = "Net 30", validUntil = DateTime.UtcNow.AddDays(5).ToString("O"),
            lines = new object[] { new { variantId = shop.TeeSmall, quantity = 12, unitPrice = QuoteFlow.Price(1_700) }, new { variantId = shop.TeeMedium, unitPrice = QuoteFlow.Price(1_350) } },
        });
        Assert.Empty(offered.UserErrors());
        var before = await shop.StockAsync(1);

        var accepted = await QuoteFlow.Run(customer, "acceptQuote", new { quoteId, expectedRevision = 3, shippingMethod = "Standard", idempotencyKey = "accept-1" },
            "order { id subtotal { minorUnits } discount { minorUnits } lines { sku quantity unitPrice { minorUnits } lineTotal { minorUnits } } }");

        Assert.Empty(accepted.UserErrors());
        Assert.Equal("ACCEPTED", accepted["quote"]!["status"]!.GetValue<string>());
        var revisions = accepted["quote"]!["revisions"]!.AsArray();
        Assert.Equal(["SELLER", "BUYER", "SELLER"], revisions.Strings("author"));
        // 12 × 17.00 = 204.00 − 5% = 193.80; 4 × 13.50 = 54.00 − 5% = 51.30.
        Assert.Equal((19_380 + 5_130), revisions[2]!["total"]!["minorUnits"]!.GetValue<long>());
        var orderId = GlobalId.DecodeInt(accepted["order"]!["id"]!.GetValue<string>(), "Order");
        var order = await shop.WithDbAsync(db => db.Orders.Include(o => o.Lines.OrderBy(l => l.Id)).SingleAsync(o => o.Id == orderId));
        Assert.Equal([("TEE-S", 12, 1_700L, 1_020L), ("TEE-M", 4, 1_350L, 270L)], order.Lines.Select(l => (l.Sku, l.Quantity, l.UnitPriceMinorUnits, l.DiscountMinorUnits)));
        Assert.Equal(24_510, order.SubtotalMinorUnits);
        Assert.Equal(order.SubtotalMinorUnits + order.ShippingMinorUnits + order.TaxMinorUnits, order.TotalMinorUnits);
        Assert.Equal(OrderStatus.Placed, order.Status);
        Assert.Equal((before.OnHand, before.Reserved + 12), await shop.StockAsync(1));
        var quote = await shop.WithDbAsync(db => db.Quotes.SingleAsync(q => q.OrderId == orderId));
        Assert.Equal(QuoteStatus.Accepted, quote.Status);
        Assert.Equal(["quote.requested", "quote.offered", "quote.countered", "quote.offered", "quote.accepted"], await flow.EventsAsync(quote.Id));
    }

    [Fact]
    public async Task AcceptQuote_ReturnsFirstResult_WhenRetriedWithSameKey()
    {
        var (customer, _, quoteId) = await flow.OfferedAsync("buyer-retry@example.com");
        var input = new { quoteId, shippingMethod = "Standard", idempotencyKey = "accept-retry" };
        var first = await QuoteFlow.Run(customer, "acceptQuote", input, "order { id }");
        var footprint = await flow.FootprintAsync();

        var second = await QuoteFlow.Run(customer, "acceptQuote", input, "order { id }");

        Assert.Empty(second.UserErrors());
        Assert.Equal(first["order"]!["id"]!.GetValue<string>(), second["order"]!["id"]!.GetValue<string>());
        Assert.Equal(footprint, await flow.FootprintAsync());
    }

    [Fact]
    public async Task Diff_ReportsLineChanges_BetweenFirstAndThirdRevision()
    {
        var (customer, staff, quoteId) = await flow.OfferedAsync("buyer-diff@example.com", small: 3, medium: 2);
        await QuoteFlow.Run(customer, "counterQuote", new { quoteId, lines = new object[] { new { variantId = shop.TeeSmall, quantity = 5, unitPrice = QuoteFlow.Price(1_500) } } });
        await QuoteFlow.Run(staff, "offerQuote", new
        {
            quoteId, validUntil = DateTime.UtcNow.AddDays(3).ToString("O"), lines = new object[] { new { variantId = shop.TeeSmall, quantity = 5, unitPrice = QuoteFlow.Price(1_800) } },
        });

        var diff = (await customer.QueryAsync(Diff, new { id = quoteId }))["node"]!["diff"]!;

        Assert.Equal(3 * 1_800 + 2 * 1_400, diff["totalBefore"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal(5 * 1_800, diff["totalAfter"]!["minorUnits"]!.GetValue<long>());
        var lines = diff["lines"]!.AsArray();
        Assert.Equal(["CHANGED", "REMOVED"], lines.Strings("kind"));
        Assert.Equal((3, 5), (lines[0]!["quantityBefore"]!.GetValue<int>(), lines[0]!["quantityAfter"]!.GetValue<int>()));
        Assert.Equal(1_800, lines[0]!["unitPriceAfter"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal(1_400, lines[1]!["unitPriceBefore"]!["minorUnits"]!.GetValue<long>());
        Assert.Null(lines[1]!["quantityAfter"]);
    }
}
