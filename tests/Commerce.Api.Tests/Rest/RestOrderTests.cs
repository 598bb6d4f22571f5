using System.Net;
using Commerce.Api.Tests.Features.Orders;
using Commerce.GraphQL.Server.Relay;

namespace Commerce.Api.Tests.Rest;

/// <summary>Orders through the shim run the graph's handlers: same rules, same codes and messages, same stock effects.</summary>
public sealed class RestOrderTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    private const string PlaceOrder = """
        mutation($input: PlaceOrderInput!) {
          placeOrder(input: $input) { order { id } userErrors { code field message } }
        }
        """;

    [Fact]
    public async Task CreateOrder_RefusesOutOfStockExactlyAsGraphQL_AndChangesNothing()
    {
        var client = await shop.ClientAsync();
        var order = OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeMedium, 50));
        var before = await shop.FootprintAsync();

        var graph = (await client.QueryAsync(PlaceOrder, new { input = order })).Errors("placeOrder").Single()!;
        var rest = await client.Http.PostRestAsync("/api/v1/orders", order);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, rest.Status);
        Assert.Equal(graph["code"]!.GetValue<string>(), rest.ErrorCode);
        Assert.Equal("OUT_OF_STOCK", rest.ErrorCode);
        Assert.Equal(graph["message"]!.GetValue<string>(), rest.ErrorMessage);
        var detail = rest.Body!["error"]!["details"]![0]!;
        Assert.Equal(("lines.0.quantity", "OUT_OF_STOCK"), (detail["field"]!.GetValue<string>(), detail["code"]!.GetValue<string>()));
        Assert.Equal(before, await shop.FootprintAsync());
    }

    [Fact]
    public async Task CreateOrder_Returns201WithLocationAndReservesStock_WhenInStock()
    {
        var client = await shop.ClientAsync();
        var (_, reservedBefore) = await shop.StockAsync(1);

        var created = await client.Http.PostRestAsync("/api/v1/orders", OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 2)));

        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = created.Body!["id"]!.GetValue<string>();
        Assert.Equal($"/api/v1/orders/{id}", created.Header("Location"));
        Assert.Equal(("PLACED", "guest@example.com", 2), (created.Body["status"]!.GetValue<string>(), created.Body["email"]!.GetValue<string>(),
            created.Body["lines"]![0]!["quantity"]!.GetValue<int>()));
        var unitPrice = created.Body["lines"]![0]!["unitPrice"]!;
        Assert.Equal(("20.00", "USD"), (unitPrice["amount"]!.GetValue<string>(), unitPrice["currencyCode"]!.GetValue<string>()));
        Assert.Equal(reservedBefore + 2, (await shop.StockAsync(1)).Reserved);
        var fetched = await client.Http.GetRestAsync($"/api/v1/orders/{id}");
        Assert.Equal(created.Body["number"]!.GetValue<string>(), fetched.Body!["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateOrder_ReservesOnce_WhenRetriedWithTheSameIdempotencyKeyHeader()
    {
        var client = await shop.ClientAsync();
        client.Http.DefaultRequestHeaders.Add("Idempotency-Key", "rest-retry-1");
        var order = OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 1));

        var first = await client.Http.PostRestAsync("/api/v1/orders", order);
        var footprint = await shop.FootprintAsync();
        var retry = await client.Http.PostRestAsync("/api/v1/orders", order);

        Assert.Equal(first.Body!["id"]!.GetValue<string>(), retry.Body!["id"]!.GetValue<string>());
        Assert.Equal(footprint, await shop.FootprintAsync());
    }

    [Fact]
    public async Task OrderLifecycle_ConfirmsShipsAndDelivers_ThroughStatusAndFulfillments()
    {
        var http = (await shop.ClientAsync()).Http;
        var id = (await http.PostRestAsync("/api/v1/orders", OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 1)))).Body!["id"]!.GetValue<string>();

        var tooEarly = await http.PostRestAsync($"/api/v1/orders/{id}/status", new { status = "DELIVERED" });
        var confirmed = await http.PostRestAsync($"/api/v1/orders/{id}/status", new { status = "confirmed", expectedVersion = 1 });
        var shipped = await http.PostRestAsync($"/api/v1/orders/{id}/fulfillments", new { carrier = "DHL", trackingNumber = "JD0001" });
        var shipments = await http.GetRestAsync($"/api/v1/orders/{id}/fulfillments");
        var delivered = await http.PostRestAsync($"/api/v1/orders/{id}/status", new { status = "DELIVERED" });

        Assert.Equal((HttpStatusCode.Conflict, "ILLEGAL_TRANSITION"), (tooEarly.Status, tooEarly.ErrorCode));
        Assert.Equal("CONFIRMED", confirmed.Body!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, shipped.Status);
        Assert.Equal(("SHIPPED", "DHL", 1), (shipped.Body!["state"]!.GetValue<string>(), shipped.Body["carrier"]!.GetValue<string>(), shipped.Body["lines"]![0]!["quantity"]!.GetValue<int>()));
        Assert.Equal(shipped.Body["id"]!.GetValue<string>(), Assert.Single(shipments.Data)!["id"]!.GetValue<string>());
        Assert.Equal("DELIVERED", delivered.Body!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChangeStatus_Returns409VersionConflict_WhenExpectedVersionIsStale()
    {
        var http = (await shop.ClientAsync()).Http;
        var id = (await http.PostRestAsync("/api/v1/orders", OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 1)))).Body!["id"]!.GetValue<string>();

        var stale = await http.PostRestAsync($"/api/v1/orders/{id}/status", new { status = "CONFIRMED", expectedVersion = 7 });

        Assert.Equal((HttpStatusCode.Conflict, "VERSION_CONFLICT"), (stale.Status, stale.ErrorCode));
        Assert.Equal("expectedVersion", stale.Body!["error"]!["details"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancel_ReleasesStock_AndRefusesAnEmptyReasonWith422()
    {
        var http = (await shop.ClientAsync()).Http;
        var id = (await http.PostRestAsync("/api/v1/orders", OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 3)))).Body!["id"]!.GetValue<string>();
        var (_, reserved) = await shop.StockAsync(1);

        var noReason = await http.PostRestAsync($"/api/v1/orders/{id}/cancel", new { reason = " " });
        var cancelled = await http.PostRestAsync($"/api/v1/orders/{id}/cancel", new { reason = "Customer changed their mind" });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "INVALID_VALUE", "reason"),
            (noReason.Status, noReason.ErrorCode, noReason.Body!["error"]!["details"]![0]!["field"]!.GetValue<string>()));
        Assert.Equal(("CANCELLED", "Customer changed their mind"), (cancelled.Body!["status"]!.GetValue<string>(), cancelled.Body["cancelReason"]!.GetValue<string>()));
        Assert.Equal(reserved - 3, (await shop.StockAsync(1)).Reserved);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("cancel")]
    public async Task OrderChange_Returns404_WhenTheOrderDoesNotExist(string action)
    {
        var http = (await shop.ClientAsync()).Http;

        var response = await http.PostRestAsync($"/api/v1/orders/{GlobalId.Encode("Order", 424242)}/{action}", new { status = "CONFIRMED", reason = "x" });
        var malformed = await http.PostRestAsync($"/api/v1/orders/nonsense/{action}", new { status = "CONFIRMED", reason = "x" });

        Assert.Equal((HttpStatusCode.NotFound, "NOT_FOUND"), (response.Status, response.ErrorCode));
        Assert.Equal(HttpStatusCode.NotFound, malformed.Status);
    }

    [Fact]
    public async Task CreateOrder_Returns400_WhenTheBodyIsNotJsonOrMisTyped()
    {
        var http = (await shop.ClientAsync()).Http;
        using var broken = new StringContent("{ \"lines\": [", System.Text.Encoding.UTF8, "application/json");

        using var notJson = await http.PostAsync("/api/v1/orders", broken);
        var misTyped = await http.PostRestAsync("/api/v1/orders", new { lines = new[] { new { variantId = shop.TeeSmall, quantity = "two" } } });
        var badStatus = await http.PostRestAsync($"/api/v1/orders/{GlobalId.Encode("Order", 1)}/status", new { status = "SHIPPED" });

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("MALFORMED_JSON", await notJson.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.BadRequest, "INVALID_ARGUMENT"), (misTyped.Status, misTyped.ErrorCode));
        Assert.Equal((HttpStatusCode.BadRequest, "status"), (badStatus.Status, badStatus.Body!["error"]!["details"]![0]!["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AdjustInventory_AddsUnits_AndRefusesAWrongDirectionWith422()
    {
        var http = (await shop.ClientAsync()).Http;
        var warehouse = GlobalId.Encode("Warehouse", 1);
        var (onHand, _) = await shop.StockAsync(2);

        var restocked = await http.PostRestAsync("/api/v1/inventory/adjust", new { variantId = shop.TeeMedium, warehouseId = warehouse, delta = 4, reason = "RESTOCK" });
        var wrongWay = await http.PostRestAsync("/api/v1/inventory/adjust", new { variantId = shop.TeeMedium, warehouseId = warehouse, delta = 4, reason = "DAMAGE" });

        Assert.Equal(HttpStatusCode.OK, restocked.Status);
        Assert.Equal(onHand + 4, restocked.Body!["onHand"]!.GetValue<int>());
        Assert.Equal(onHand + 4, (await shop.StockAsync(2)).OnHand);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "INVALID_VALUE", "delta"),
            (wrongWay.Status, wrongWay.ErrorCode, wrongWay.Body!["error"]!["details"]![0]!["field"]!.GetValue<string>()));
    }
}
