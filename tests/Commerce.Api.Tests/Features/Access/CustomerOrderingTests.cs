using Commerce.Api.Tests.Features.Orders;
using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Access;

/// <summary>Ordering and paying as a signed-in customer or a guest: always as oneself, never on another's order.</summary>
public sealed class CustomerOrderingTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    private const string PlaceOrder = """
        mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { order { id customer { id } } userErrors { code field } } }
        """;

    private const string GuestPlaceOrder = """
        mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { userErrors { code field } } }
        """;

    private const string AuthorizePayment = """
        mutation($input: AuthorizePaymentInput!) { authorizePayment(input: $input) { transaction { status } userErrors { code field } } }
        """;

    [Fact]
    public async Task PlaceOrder_OrdersAsTheSignedInCustomer_WhenACustomerTokenIsSent()
    {
        var (customerId, client) = await SignedInCustomerAsync();

        var data = await client.QueryAsync(PlaceOrder, new { input = Order() });

        Assert.Empty(data.Errors("placeOrder"));
        var order = data["placeOrder"]!["order"]!;
        Assert.Equal(customerId, order["customer"]!["id"]!.GetValue<string>());
        Assert.Equal(GlobalId.DecodeInt(customerId, "Customer"), await CustomerOfAsync(order["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task PlaceOrder_IsRefusedAndChangesNothing_WhenACustomerNamesAnotherCustomer()
    {
        var (otherId, _) = await SignedInCustomerAsync();
        var (_, client) = await SignedInCustomerAsync();
        var before = await shop.FootprintAsync();

        var data = await client.QueryAsync(PlaceOrder, new { input = Order(customerId: otherId) });

        Assert.Equal(["NOT_FOUND"], data.ErrorCodes("placeOrder"));
        Assert.Null(data["placeOrder"]!["order"]);
        Assert.Equal(before, await shop.FootprintAsync());
    }

    [Fact]
    public async Task PlaceOrder_KeepsTheOrderTheCustomers_WhenTheInputGivesAnotherEmail()
    {
        var (customerId, client) = await SignedInCustomerAsync();

        var data = await client.QueryAsync(PlaceOrder, new { input = Order(email: "someone.else@example.com") });

        var orderId = data["placeOrder"]!["order"]!["id"]!.GetValue<string>();
        Assert.Equal(GlobalId.DecodeInt(customerId, "Customer"), await CustomerOfAsync(orderId));
    }

    [Fact]
    public async Task PlaceOrder_PlacesANewOrder_WhenAnotherCustomerReusesTheSameIdempotencyKeyAndInput()
    {
        var (firstId, first) = await SignedInCustomerAsync();
        var (secondId, second) = await SignedInCustomerAsync();
        var input = Order(idempotencyKey: "shared-key");

        var firstOrder = (await first.QueryAsync(PlaceOrder, new { input }))["placeOrder"]!["order"]!;
        var secondOrder = (await second.QueryAsync(PlaceOrder, new { input }))["placeOrder"]!["order"]!;

        Assert.NotEqual(firstOrder["id"]!.GetValue<string>(), secondOrder["id"]!.GetValue<string>());
        Assert.Equal(firstId, firstOrder["customer"]!["id"]!.GetValue<string>());
        Assert.Equal(secondId, secondOrder["customer"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task PlaceOrder_ChecksOutAsAGuest_WhenAnonymousGivesAnEmail()
    {
        await shop.ClientAsync();
        var email = $"guest-{Guid.NewGuid():N}@example.com";

        var data = await shop.CreateAnonymousClient().QueryAsync(GuestPlaceOrder, new { input = Order(email: email) });

        Assert.Empty(data.Errors("placeOrder"));
        var order = await shop.WithDbAsync(db => db.Orders.SingleAsync(o => o.Email == email));
        Assert.Null(order.CustomerId);
    }

    [Fact]
    public async Task PlaceOrder_IsRefused_WhenAnonymousNamesACustomer()
    {
        var (customerId, _) = await SignedInCustomerAsync();
        var before = await shop.FootprintAsync();

        var data = await shop.CreateAnonymousClient().QueryAsync(GuestPlaceOrder, new { input = Order(customerId: customerId, email: "x@example.com") });

        Assert.Equal(["NOT_FOUND"], data.ErrorCodes("placeOrder"));
        Assert.Equal(before, await shop.FootprintAsync());
    }

    [Fact]
    public async Task AuthorizePayment_ReturnsNotFoundAndWritesNoLedgerRow_WhenTheOrderIsAnotherCustomers()
    {
        var (_, owner) = await SignedInCustomerAsync();
        var (_, stranger) = await SignedInCustomerAsync();
        var orderId = await PlaceOwnOrderAsync(owner);
        var before = await shop.FootprintAsync();

        var data = await stranger.QueryAsync(AuthorizePayment, new { input = new { orderId, card = "4242424242424242" } });

        Assert.Equal(["NOT_FOUND"], data.ErrorCodes("authorizePayment"));
        Assert.Null(data["authorizePayment"]!["transaction"]);
        Assert.Equal(before, await shop.FootprintAsync());
    }

    [Fact]
    public async Task AuthorizePayment_Succeeds_WhenTheCustomerPaysTheirOwnOrder()
    {
        var (_, client) = await SignedInCustomerAsync();
        var orderId = await PlaceOwnOrderAsync(client);

        var data = await client.QueryAsync(AuthorizePayment, new { input = new { orderId, card = "4242424242424242" } });

        Assert.Empty(data.Errors("authorizePayment"));
        Assert.Equal("SUCCEEDED", data["authorizePayment"]!["transaction"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task CapturePayment_IsForbidden_WhenCallerIsACustomer()
    {
        var (_, client) = await SignedInCustomerAsync();
        var orderId = await PlaceOwnOrderAsync(client);
        await client.QueryAsync(AuthorizePayment, new { input = new { orderId, card = "4242424242424242" } });
        var before = await shop.FootprintAsync();

        var response = await client.PostAsync(
            "mutation($id: ID!) { capturePayment(input: { orderId: $id }) { userErrors { code } } }", new { id = orderId });

        AccessAssertions.AssertRefusedBeforeExecution(response, AccessAssertions.Forbidden);
        Assert.Equal(before, await shop.FootprintAsync());
    }

    private async Task<(string CustomerId, GraphQLClient Client)> SignedInCustomerAsync()
    {
        await shop.ClientAsync();
        var email = $"buyer-{Guid.NewGuid():N}@example.com";
        var customerId = await shop.SignUpCustomerAsync(email);
        var session = await shop.SignInCustomerAsync(email);
        return (customerId, shop.CreateGraphQLClient(session.AccessToken));
    }

    private async Task<string> PlaceOwnOrderAsync(GraphQLClient client) =>
        (await client.QueryAsync(PlaceOrder, new { input = Order() }))["placeOrder"]!["order"]!["id"]!.GetValue<string>();

    private Task<int?> CustomerOfAsync(string orderId)
    {
        var id = GlobalId.DecodeInt(orderId, "Order");
        return shop.WithDbAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.CustomerId).SingleAsync());
    }

    private object Order(string? customerId = null, string? email = null, string? idempotencyKey = null) => new
    {
        lines = new[] { OrderShopFactory.Line(shop.TeeSmall, 1) },
        customerId, email, idempotencyKey, shippingAddress = OrderShopFactory.Address(), shippingMethod = "Standard",
    };
}
