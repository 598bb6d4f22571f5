using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Payments;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;
using static Commerce.Api.Tests.Features.Orders.GuestCheckout;

namespace Commerce.Api.Tests.Features.Orders;

/// <summary>A guest places an order anonymously, then reads and pays for it with the order access token.</summary>
public sealed class GuestCheckoutTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    [Fact]
    public async Task PlaceOrder_ReturnsConfirmationAndAccessToken_WhenGuestChecksOut()
    {
        var guest = await shop.ClientAsync(bearer: null);

        var payload = (await guest.QueryAsync(PlaceOrder, new { input = OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 2)) }))["placeOrder"]!;

        Assert.Empty(payload.UserErrors());
        var id = GlobalId.DecodeInt(payload["orderId"]!.GetValue<string>(), "Order");
        var number = await shop.WithDbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.Number).SingleAsync());
        Assert.Equal(number, payload["orderNumber"]!.GetValue<string>());
        Assert.Equal(5_199, payload["total"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal("USD", payload["total"]!["currencyCode"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(payload["orderAccessToken"]!.GetValue<string>()));
        var expiresIn = payload["orderAccessTokenExpiresAt"]!.GetValue<DateTime>().ToUniversalTime() - DateTime.UtcNow;
        Assert.InRange(expiresIn, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task Order_ReturnsOrderWithLines_WhenGuestSendsItsToken()
    {
        var (id, number, token) = await shop.PlaceAsGuestAsync();

        var data = await (await shop.ClientAsync(token)).QueryAsync(OrderById, new { id });

        Assert.Equal(number, data["order"]!["number"]!.GetValue<string>());
        Assert.Equal("guest@example.com", data["order"]!["email"]!.GetValue<string>());
        Assert.Equal(["TEE-S"], data["order"]!["lines"]!.AsArray().Strings("sku"));
        Assert.Empty(data["order"]!["payments"]!.AsArray());
        Assert.Equal(number, data["node"]!["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task AuthorizePayment_RecordsLedgerEntry_WhenGuestPaysItsOrder()
    {
        var (id, _, token) = await shop.PlaceAsGuestAsync();
        var guest = await shop.ClientAsync(token);

        var payload = await guest.MutateAsync("authorizePayment", Authorize, new { orderId = id, card = "4242 4242 4242 4242" });

        Assert.Empty(payload.UserErrors());
        Assert.Equal("SUCCEEDED", payload["transaction"]!["status"]!.GetValue<string>());
        Assert.Equal([(PaymentTransactionKind.Authorization, PaymentTransactionStatus.Succeeded)], await shop.LedgerAsync(id));
        var payments = (await guest.QueryAsync(OrderById, new { id }))["order"]!["payments"]!.AsArray();
        Assert.Equal(["AUTHORIZATION"], payments.Strings("kind"));
    }

    [Fact]
    public async Task PlaceOrder_ReturnsTokenForTheNewOrder_WhenGuestStillSendsAnEarlierToken()
    {
        var (first, _, token) = await shop.PlaceAsGuestAsync();

        var (second, _, secondToken) = await shop.PlaceAsGuestAsync(bearer: token);

        Assert.NotEqual(first, second);
        var data = await (await shop.ClientAsync(secondToken)).QueryAsync(OrderById, new { id = second });
        Assert.NotNull(data["order"]);
    }

    [Fact]
    public async Task PlaceOrder_IsRefusedBeforeAnythingRuns_WhenGuestSelectsTheOrder()
    {
        var guest = await shop.ClientAsync(bearer: null);
        var before = await shop.FootprintAsync();

        var response = await guest.PostAsync("""
            mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { orderNumber order { number } } }
            """, new { input = OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 1)) });

        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
        Assert.Equal(before, await shop.FootprintAsync());
    }

    [Fact]
    public async Task PlaceOrder_ReturnsNoAccessToken_WhenCustomerOrStaffOrders()
    {
        await shop.ClientAsync(bearer: null);
        await shop.SignUpCustomerAsync("ada.guestless@example.com");
        var session = await shop.SignInCustomerAsync("ada.guestless@example.com");
        var input = new { lines = new[] { OrderShopFactory.Line(shop.TeeSmall, 1) }, shippingAddress = OrderShopFactory.Address(), shippingMethod = "Standard" };

        var asCustomer = (await (await shop.ClientAsync(session.AccessToken)).QueryAsync(PlaceOrder, new { input }))["placeOrder"]!;
        var asStaff = (await (await shop.ClientAsync()).QueryAsync(PlaceOrder, new { input = OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 1)) }))["placeOrder"]!;

        Assert.Empty(asCustomer.UserErrors());
        Assert.NotNull(asCustomer["orderId"]);
        Assert.Null(asCustomer["orderAccessToken"]);
        Assert.Null(asCustomer["orderAccessTokenExpiresAt"]);
        Assert.Empty(asStaff.UserErrors());
        Assert.NotNull(asStaff["orderId"]);
        Assert.Null(asStaff["orderAccessToken"]);
    }
}
