using Commerce.Api.Auth;
using Commerce.Api.Tests.Features.Orders;
using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Relay;

namespace Commerce.Api.Tests.Features.Live;

public sealed class StaffSubscriptionsTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    private const string OrderPlaced = """
        subscription($vendorId: ID) { orderPlaced(vendorId: $vendorId) { type orderId status order { id } } }
        """;

    [Fact]
    public async Task OrderPlacedAndUpdated_DeliverOnlyMatchingOrders_WhenFilteredByVendorAndStatus()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var otherVendor = await AddVendorAsync("other-co");
        await using var teeCo = await SchemaSubscription.OpenAsync(shop, shop.AdminApiKey, OrderPlaced, new() { ["vendorId"] = GlobalId.Encode("Vendor", 1) });
        await using var other = await SchemaSubscription.OpenAsync(shop, shop.AdminApiKey, OrderPlaced, new() { ["vendorId"] = otherVendor });
        await using var confirmed = await SchemaSubscription.OpenAsync(shop, shop.AdminApiKey, """
            subscription { orderUpdated(status: [CONFIRMED]) { type status previousStatus } }
            """);

        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        await flow.Pay("recordManualPayment", new { orderId = id, reference = "EFT-9" });
        await flow.Run("confirmOrder", "OrderChangeInput", new { orderId = id });

        var placed = await teeCo.EventsAsync("orderPlaced", 1);
        Assert.Equal(id, placed[0]["orderId"]!.GetValue<string>());
        Assert.Equal("order.created", placed[0]["type"]!.GetValue<string>());
        var updates = await confirmed.EventsAsync("orderUpdated", 1);
        Assert.Equal(("CONFIRMED", "PLACED"), (updates[0]["status"]!.GetValue<string>(), updates[0]["previousStatus"]!.GetValue<string>()));
        Assert.True(await other.IsQuietAsync(0.5));
        Assert.True(await confirmed.IsQuietAsync(0.1));
    }

    [Fact]
    public async Task OrderPlaced_ServesAVendorUserTheirOwnVendorOnly()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var otherVendor = await AddVendorAsync("third-co");
        var email = await shop.CreateVendorUserAsync(1, "seller@tee.example");
        var seller = (await shop.SignInVendorUserAsync(email)).AccessToken;

        await using var refused = await SchemaSubscription.OpenAsync(shop, seller, OrderPlaced, new() { ["vendorId"] = otherVendor });
        await using var withOrder = await SchemaSubscription.OpenAsync(shop, seller, OrderPlaced);
        await using var own = await SchemaSubscription.OpenAsync(shop, seller, """
            subscription { orderPlaced { type orderId status } }
            """);
        var id = (await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 1)))["id"]!.GetValue<string>();
        var received = await own.EventsAsync("orderPlaced", 1);

        Assert.Equal(AccessErrorCodes.Forbidden, refused.Errors?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(id, received[0]["orderId"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", withOrder.Errors?[0]?["extensions"]?["code"]?.GetValue<string>());   // its lines, never the order around them
    }

    [Fact]
    public async Task StockSubscriptions_ReportMovementsAndAlerts_ToHoldersOfReadInventory()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var inventoryKey = await shop.CreateApiKeyAsync(Scopes.ReadInventory);
        var productsKey = await shop.CreateApiKeyAsync(Scopes.ReadProducts);
        const string StockDocument = """
            subscription($variantId: ID!) { stockLevelChanged(variantId: $variantId) { type onHand reserved available reason } }
            """;
        await using var refused = await SchemaSubscription.OpenAsync(shop, productsKey, StockDocument, new() { ["variantId"] = shop.TeeMedium });
        await using var stock = await SchemaSubscription.OpenAsync(shop, inventoryKey, StockDocument, new() { ["variantId"] = shop.TeeMedium });
        await using var alerts = await SchemaSubscription.OpenAsync(shop, inventoryKey, """
            subscription { lowStockAlert { type available variant { sku } } }
            """);

        await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeMedium, 5));
        var movement = (await stock.EventsAsync("stockLevelChanged", 1))[0];
        var alert = (await alerts.EventsAsync("lowStockAlert", 1))[0];

        Assert.Equal("FORBIDDEN", refused.Errors?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Equal(("Reservation", 5, 5, 0), (movement["reason"]!.GetValue<string>(), movement["onHand"]!.GetValue<int>(),
            movement["reserved"]!.GetValue<int>(), movement["available"]!.GetValue<int>()));
        Assert.Equal(("inventory.out_of_stock", "TEE-M"), (alert["type"]!.GetValue<string>(), alert["variant"]!["sku"]!.GetValue<string>()));
    }

    private Task<string> AddVendorAsync(string slug) => shop.WithDbAsync(async db =>
    {
        var vendor = new Vendor { Name = slug, Slug = slug, Email = $"{slug}@example.com", Status = VendorStatus.Approved, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        db.Vendors.Add(vendor);
        await db.SaveChangesAsync();
        return GlobalId.Encode("Vendor", vendor.Id);
    });
}
