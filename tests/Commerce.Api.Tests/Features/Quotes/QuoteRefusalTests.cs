using Commerce.Api.Features.Quotes;
using Commerce.Api.Tests.Features.Orders;
using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Quotes;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Features.Quotes;

/// <summary>Refused quote steps: each is a user error and changes no row.</summary>
public sealed class QuoteRefusalTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    private readonly QuoteFlow flow = new(shop);

    [Fact]
    public async Task AcceptQuote_ReturnsIllegalTransition_WhenOfferExpired()
    {
        var (customer, _, quoteId) = await flow.OfferedAsync("buyer-expired@example.com", validUntil: DateTime.UtcNow.AddMinutes(2));
        shop.Clock.Offset = TimeSpan.FromMinutes(5);   // past the offer, within the access token's lifetime
        try
        {
            var footprint = await flow.FootprintAsync();

            var accepted = await QuoteFlow.Run(customer, "acceptQuote", new { quoteId, shippingMethod = "Standard" });

            Assert.Equal(["ILLEGAL_TRANSITION at "], accepted.UserErrors());
            Assert.Contains("expired", accepted["userErrors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.True(accepted["quote"]!["isExpired"]!.GetValue<bool>());
            Assert.Equal(footprint, await flow.FootprintAsync());

            Assert.True(await shop.Services.GetRequiredService<QuoteExpirySweep>().RunOnceAsync(CancellationToken.None) >= 1);
            var id = GlobalId.DecodeInt(quoteId, "Quote");
            Assert.Equal(QuoteStatus.Expired, await shop.WithDbAsync(db => db.Quotes.Where(q => q.Id == id).Select(q => q.Status).SingleAsync()));
            Assert.Equal("quote.expired", (await flow.EventsAsync(id))[^1]);
        }
        finally
        {
            shop.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task AcceptQuote_ReturnsIllegalTransition_WhenRejected()
    {
        var (customer, _, quoteId) = await flow.OfferedAsync("buyer-rejects@example.com");
        var rejected = await QuoteFlow.Run(customer, "rejectQuote", new { quoteId, reason = "Too dear" });
        Assert.Equal("REJECTED", rejected["quote"]!["status"]!.GetValue<string>());
        var footprint = await flow.FootprintAsync();

        var accepted = await QuoteFlow.Run(customer, "acceptQuote", new { quoteId, shippingMethod = "Standard" }, "order { id }");

        Assert.Equal(["ILLEGAL_TRANSITION at "], accepted.UserErrors());
        Assert.Null(accepted["order"]);
        Assert.Equal(footprint, await flow.FootprintAsync());
    }

    [Fact]
    public async Task AcceptQuote_ReturnsOutOfStock_AndLeavesQuoteOpen_WhenStockIsShort()
    {
        var (customer, _, quoteId) = await flow.OfferedAsync("buyer-short@example.com", small: 1, medium: 50);
        var footprint = await flow.FootprintAsync();

        var accepted = await QuoteFlow.Run(customer, "acceptQuote", new { quoteId, shippingMethod = "Standard" });

        Assert.Equal(["OUT_OF_STOCK at "], accepted.UserErrors());
        Assert.Equal("OFFERED", accepted["quote"]!["status"]!.GetValue<string>());
        Assert.Equal(footprint, await flow.FootprintAsync());
    }

    [Fact]
    public async Task Steps_ReturnUserErrorsAndChangeNothing_WhenInputOrTurnIsWrong()
    {
        var customer = await flow.CustomerAsync("buyer-wrong@example.com");
        var staff = await flow.StaffAsync();
        var quoteId = await flow.RequestAsync(customer, small: 1, medium: 1);
        var footprint = await flow.FootprintAsync();

        var badOffer = await QuoteFlow.Run(staff, "offerQuote", new
        {
            quoteId, volumeDiscountBasisPoints = 20_000, validUntil = DateTime.UtcNow.AddDays(-1).ToString("O"),
            lines = new object[]
            {
                new { variantId = shop.TeeSmall, unitPrice = new { amount = "10.00", currencyCode = "EUR" } },
                new { variantId = shop.Archived, unitPrice = QuoteFlow.Price(100) },
                new { variantId = shop.TeeMedium },
            },
        });
        var counterTooEarly = await QuoteFlow.Run(customer, "counterQuote", new { quoteId, lines = new object[] { new { variantId = shop.TeeSmall, quantity = 2 } } });
        var acceptTooEarly = await QuoteFlow.Run(customer, "acceptQuote", new { quoteId, shippingMethod = "Standard" });
        var customerRejectsOwnRequest = await QuoteFlow.Run(customer, "rejectQuote", new { quoteId });

        Assert.Equal(
            ["INVALID_VALUE at input.lines.0.unitPrice.currencyCode", "INVALID_VALUE at input.lines.1.variantId", "INVALID_VALUE at input.lines.2.unitPrice",
             "INVALID_VALUE at input.volumeDiscountBasisPoints", "INVALID_VALUE at input.validUntil"],
            badOffer.UserErrors());
        Assert.Equal(["ILLEGAL_TRANSITION at "], counterTooEarly.UserErrors());
        Assert.Equal(["ILLEGAL_TRANSITION at "], acceptTooEarly.UserErrors());
        Assert.Equal(["ILLEGAL_TRANSITION at "], customerRejectsOwnRequest.UserErrors());
        Assert.Equal(footprint, await flow.FootprintAsync());
    }

    [Fact]
    public async Task Steps_ReturnNotFound_WhenCustomerActsOnAnotherCustomersQuote()
    {
        var (_, _, quoteId) = await flow.OfferedAsync("buyer-owner@example.com");
        var other = await flow.CustomerAsync("buyer-other@example.com");
        var footprint = await flow.FootprintAsync();

        var results = new[]
        {
            await QuoteFlow.Run(other, "acceptQuote", new { quoteId, shippingMethod = "Standard" }),
            await QuoteFlow.Run(other, "counterQuote", new { quoteId, lines = new object[] { new { variantId = shop.TeeSmall, quantity = 3 } } }),
            await QuoteFlow.Run(other, "rejectQuote", new { quoteId }),
            await QuoteFlow.Run(other, "withdrawQuote", new { quoteId }),
        };

        Assert.All(results, r => Assert.Equal(["NOT_FOUND at input.quoteId"], r.UserErrors()));
        Assert.All(results, r => Assert.Null(r["quote"]));
        Assert.Equal(footprint, await flow.FootprintAsync());
    }

    [Fact]
    public async Task OfferQuote_IsAllowedOnlyForTheAddressedVendorsUsers()
    {
        var otherVendorId = await shop.WithDbAsync(async db =>
        {
            var vendor = new Vendor { Name = "Other Co", Slug = "other-co", Email = "other@example.com", Status = VendorStatus.Approved, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.Vendors.Add(vendor);
            await db.SaveChangesAsync();
            return vendor.Id;
        });
        var customer = await flow.CustomerAsync("buyer-vendor@example.com");
        var quoteId = await flow.RequestAsync(customer, small: 1, medium: 1, vendorId: GlobalId.Encode("Vendor", 1));
        var stranger = await flow.VendorUserAsync(otherVendorId, "sales@other.example.com");
        var seller = await flow.VendorUserAsync(1, "sales@tee.example.com");
        var footprint = await flow.FootprintAsync();

        var refused = await QuoteFlow.Run(stranger, "offerQuote", flow.Offer(quoteId, 1_900, 1_450));
        Assert.Equal(["NOT_FOUND at input.quoteId"], refused.UserErrors());
        Assert.Equal(footprint, await flow.FootprintAsync());

        var offered = await QuoteFlow.Run(seller, "offerQuote", flow.Offer(quoteId, 1_900, 1_450));

        Assert.Empty(offered.UserErrors());
        Assert.Equal("OFFERED", offered["quote"]!["status"]!.GetValue<string>());
        var id = GlobalId.DecodeInt(quoteId, "Quote");
        var revision = await shop.WithDbAsync(db => db.QuoteRevisions.SingleAsync(r => r.QuoteId == id));
        Assert.Equal((QuoteParty.Seller, "Test Vendor User, Tee Co"), (revision.Author, revision.AuthorName));
        Assert.StartsWith("VendorUser:", revision.AuthorSubject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawQuote_ClosesOpenQuote_ForItsBuyer()
    {
        var (customer, _, quoteId) = await flow.OfferedAsync("buyer-withdraws@example.com");

        var withdrawn = await QuoteFlow.Run(customer, "withdrawQuote", new { quoteId, reason = "Budget cut" });

        Assert.Empty(withdrawn.UserErrors());
        Assert.Equal("WITHDRAWN", withdrawn["quote"]!["status"]!.GetValue<string>());
        Assert.Equal("quote.withdrawn", (await flow.EventsAsync(GlobalId.DecodeInt(quoteId, "Quote")))[^1]);
    }
}
