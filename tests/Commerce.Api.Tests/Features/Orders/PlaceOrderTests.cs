using Commerce.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Orders;

public sealed class PlaceOrderTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    private const string PlaceOrder = """
        mutation($input: PlaceOrderInput!) {
          placeOrder(input: $input) {
            order { id number status paymentStatus version email
              subtotal { minorUnits } discount { minorUnits } shipping { minorUnits } tax { minorUnits } total { minorUnits }
              lines { sku quantity unitPrice { minorUnits } } }
            userErrors { code field message }
          }
        }
        """;

    [Fact]
    public async Task PlaceOrder_PricesFromCatalogueAndReservesStock_WhenGuestChecksOut()
    {
        var client = await shop.ClientAsync();
        var before = await shop.StockAsync(1);

        var data = await client.QueryAsync(PlaceOrder, new { input = OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 2)) });

        Assert.Empty(data.Errors("placeOrder"));
        var order = data["placeOrder"]!["order"]!;
        Assert.Equal("PLACED", order["status"]!.GetValue<string>());
        Assert.Equal("PENDING", order["paymentStatus"]!.GetValue<string>());
        Assert.Equal(4_000, order["subtotal"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal(599, order["shipping"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal(600, order["tax"]!["minorUnits"]!.GetValue<long>()); // ZA 15% of 40.00; shipping untaxed
        Assert.Equal(5_199, order["total"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal(2_000, order["lines"]![0]!["unitPrice"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal((before.OnHand, before.Reserved + 2), await shop.StockAsync(1));
        var events = await shop.WithDbAsync(db => db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Type).ToListAsync());
        Assert.Contains("order.created", events);
        Assert.Contains("stock.changed", events);
    }

    [Fact]
    public async Task PlaceOrder_AppliesDiscountBeforeTax_WhenCodeIsValid()
    {
        var client = await shop.ClientAsync();
        var input = new
        {
            lines = new[] { OrderShopFactory.Line(shop.TeeSmall, 2) }, email = "guest@example.com",
            shippingAddress = OrderShopFactory.Address(), shippingMethod = "standard", discountCode = "welcome10",
        };

        var order = (await client.QueryAsync(PlaceOrder, new { input }))["placeOrder"]!["order"]!;

        Assert.Equal(400, order["discount"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal(540, order["tax"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal(4_000 - 400 + 599 + 540, order["total"]!["minorUnits"]!.GetValue<long>());
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "empty", "EMPTY_LINES" },
        { "zero", "QUANTITY_OUT_OF_RANGE" },
        { "tooMany", "QUANTITY_OUT_OF_RANGE" },
        { "archived", "VARIANT_UNAVAILABLE" },
        { "outOfStock", "OUT_OF_STOCK" },
        { "address", "INVALID_ADDRESS" },
        { "discount", "UNKNOWN_DISCOUNT_CODE" },
        { "guestEmail", "INVALID_VALUE" },
        { "method", "INVALID_VALUE" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task PlaceOrder_RefusesAndChangesNoRow_WhenInputIsInvalid(string kind, string code)
    {
        var client = await shop.ClientAsync();
        var line = OrderShopFactory.Line(shop.TeeMedium, 1);
        object input = kind switch
        {
            "empty" => OrderShopFactory.GuestOrder(),
            "zero" => OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 0)),
            "tooMany" => OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 101)),
            "archived" => OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.Archived, 1)),
            "outOfStock" => OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 1), OrderShopFactory.Line(shop.TeeMedium, 99)),
            "address" => new { lines = new[] { line }, email = "g@example.com", shippingAddress = new { firstName = "A", countryCode = "South Africa" }, shippingMethod = "Standard" },
            "discount" => new { lines = new[] { line }, email = "g@example.com", shippingAddress = OrderShopFactory.Address(), shippingMethod = "Standard", discountCode = "NOPE" },
            "guestEmail" => new { lines = new[] { line }, shippingAddress = OrderShopFactory.Address(), shippingMethod = "Standard" },
            _ => new { lines = new[] { line }, email = "g@example.com", shippingAddress = OrderShopFactory.Address(), shippingMethod = "Teleport" },
        };
        var before = await shop.FootprintAsync();

        var data = await client.QueryAsync(PlaceOrder, new { input = new Dictionary<string, object?>(ToDictionary(input)) { ["idempotencyKey"] = $"refused-{kind}" } });

        Assert.Contains(code, data.ErrorCodes("placeOrder"));
        Assert.True(data["placeOrder"]!["order"] is null);
        Assert.Equal(before, await shop.FootprintAsync());
    }

    [Fact]
    public async Task PlaceOrder_NamesSkuAndAvailableUnits_WhenOutOfStock()
    {
        var client = await shop.ClientAsync();

        var data = await client.QueryAsync(PlaceOrder, new { input = OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeMedium, 50)) });

        var error = data.Errors("placeOrder").Single()!;
        Assert.Equal("OUT_OF_STOCK", error["code"]!.GetValue<string>());
        Assert.Contains("TEE-M", error["message"]!.GetValue<string>());
        Assert.Matches(@"Only \d+ unit", error["message"]!.GetValue<string>());
        Assert.Equal(["input", "lines", "0", "quantity"], error["field"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task PlaceOrder_ReturnsFirstOrderAndReservesOnce_WhenRetriedWithSameKey()
    {
        var client = await shop.ClientAsync();
        var input = new Dictionary<string, object?>(ToDictionary(OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 1)))) { ["idempotencyKey"] = "retry-1" };

        var first = await client.QueryAsync(PlaceOrder, new { input });
        var footprint = await shop.FootprintAsync();
        var second = await client.QueryAsync(PlaceOrder, new { input });

        Assert.Equal(first["placeOrder"]!["order"]!["id"]!.GetValue<string>(), second["placeOrder"]!["order"]!["id"]!.GetValue<string>());
        Assert.Equal(footprint, await shop.FootprintAsync());
    }

    [Fact]
    public async Task PlaceOrder_ReturnsKeyReused_WhenSameKeyComesWithDifferentInput()
    {
        var client = await shop.ClientAsync();
        var input = new Dictionary<string, object?>(ToDictionary(OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 1)))) { ["idempotencyKey"] = "reused-1" };
        await client.QueryAsync(PlaceOrder, new { input });
        input["lines"] = new[] { OrderShopFactory.Line(shop.TeeSmall, 2) };
        var footprint = await shop.FootprintAsync();

        var data = await client.QueryAsync(PlaceOrder, new { input });

        Assert.Equal(["IDEMPOTENCY_KEY_REUSED"], data.ErrorCodes("placeOrder"));
        Assert.Equal(footprint, await shop.FootprintAsync());
    }

    [Fact]
    public async Task PlaceOrder_WritesNoOutboxRow_WhenReservationRollsBackTheOrder()
    {
        var client = await shop.ClientAsync();
        var before = await shop.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync());

        // The order row and its order.created event are written before the second line's reservation fails.
        await client.QueryAsync(PlaceOrder, new { input = OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 1), OrderShopFactory.Line(shop.TeeMedium, 99)) });

        Assert.Equal(before, await shop.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }

    private static IDictionary<string, object?> ToDictionary(object value) =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(System.Text.Json.JsonSerializer.Serialize(value))!;
}
