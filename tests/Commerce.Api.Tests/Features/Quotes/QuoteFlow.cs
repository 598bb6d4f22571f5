using System.Text.Json.Nodes;
using Commerce.Api.Auth;
using Commerce.Api.Tests.Features.Orders;
using Commerce.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Quotes;

/// <summary>The quote mutations as one-liners over <see cref="OrderShopFactory"/>'s tiny shop, and the callers who run them.</summary>
public sealed class QuoteFlow(OrderShopFactory shop)
{
    private const string Selection = """
        quote { id number status validUntil isExpired
                revisions { number author authorName volumeDiscountBasisPoints total { minorUnits } lines { variant { id } quantity unitPrice { minorUnits } } } }
        userErrors { code field message }
        """;

    public OrderShopFactory Shop => shop;

    /// <summary>A signed-up, signed-in customer's client.</summary>
    public async Task<GraphQLClient> CustomerAsync(string email)
    {
        await shop.ClientAsync();
        await shop.SignUpCustomerAsync(email);
        return shop.CreateGraphQLClient((await shop.SignInCustomerAsync(email)).AccessToken);
    }

    /// <summary>Staff: an API key with write:quotes only.</summary>
    public async Task<GraphQLClient> StaffAsync()
    {
        await shop.ClientAsync();
        return shop.CreateGraphQLClient(await shop.CreateApiKeyAsync(Scopes.WriteQuotes));
    }

    public async Task<GraphQLClient> VendorUserAsync(int vendorId, string email)
    {
        await shop.ClientAsync();
        await shop.CreateVendorUserAsync(vendorId, email);
        return shop.CreateGraphQLClient((await shop.SignInVendorUserAsync(email)).AccessToken);
    }

    public static async Task<JsonObject> Run(GraphQLClient client, string mutation, object input, string extra = "")
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var data = await client.QueryAsync($$"""
            mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { {{Selection}} {{extra}} } }
            """, new { input });
        return data[mutation]!.AsObject();
    }

    /// <summary>Requests a quote for TEE-S × <paramref name="small"/> and TEE-M × <paramref name="medium"/>, shipping to ZA; returns the quote's id.</summary>
    public async Task<string> RequestAsync(GraphQLClient customer, int small = 10, int medium = 4, string? vendorId = null)
    {
        var payload = await Run(customer, "requestQuote", new
        {
            lines = new object[] { new { variantId = shop.TeeSmall, quantity = small, requirements = "Plain boxes" }, new { variantId = shop.TeeMedium, quantity = medium } },
            vendorId, requestedDeliveryDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)).ToString("yyyy-MM-dd"),
            shippingAddress = OrderShopFactory.Address(), note = "Conference merchandise",
        });
        Assert.Empty(payload.UserErrors());
        return payload["quote"]!["id"]!.GetValue<string>();
    }

    public static object Price(long minorUnits) => new { amount = (minorUnits / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), currencyCode = "USD" };

    public object Offer(string quoteId, long small, long medium, DateTime? validUntil = null, int discount = 0) => new
    {
        quoteId, volumeDiscountBasisPoints = discount, paymentTerms = "Net 30", leadTimeDays = 10,
        validUntil = (validUntil ?? DateTime.UtcNow.AddDays(7)).ToString("O"), note = "Volume pricing",
        lines = new object[] { new { variantId = shop.TeeSmall, unitPrice = Price(small) }, new { variantId = shop.TeeMedium, unitPrice = Price(medium), minimumQuantity = 1 } },
    };

    /// <summary>Requested by a new customer and offered by staff: the customer's client, the staff client and the quote id.</summary>
    public async Task<(GraphQLClient Customer, GraphQLClient Staff, string QuoteId)> OfferedAsync(string email, DateTime? validUntil = null, int small = 2, int medium = 1)
    {
        var customer = await CustomerAsync(email);
        var staff = await StaffAsync();
        var quoteId = await RequestAsync(customer, small, medium);
        Assert.Empty((await Run(staff, "offerQuote", Offer(quoteId, 1_800, 1_400, validUntil))).UserErrors());
        return (customer, staff, quoteId);
    }

    /// <summary>What any refused mutation must leave unchanged: the order footprint plus every quote row and status.</summary>
    public async Task<string> FootprintAsync() => await shop.FootprintAsync() + await shop.WithDbAsync(async db =>
        $" quotes={string.Join(",", await db.Quotes.OrderBy(q => q.Id).Select(q => q.Status + ":" + q.UpdatedAt.Ticks).ToListAsync())}"
        + $" revisions={await db.QuoteRevisions.CountAsync()} revisionLines={await db.QuoteRevisionLines.CountAsync()} quoteLines={await db.QuoteLines.CountAsync()}");

    public Task<List<string>> EventsAsync(int quoteId) => shop.WithDbAsync(db =>
        db.OutboxMessages.Where(m => m.AggregateType == "Quote" && m.AggregateId == quoteId).OrderBy(m => m.Id).Select(m => m.Type).ToListAsync());
}
