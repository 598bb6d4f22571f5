using System.Net;
using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Payments;
using static Commerce.Api.Tests.Features.Orders.GuestCheckout;

namespace Commerce.Api.Tests.Features.Orders;

/// <summary>What a guest's order access token does not open: other orders, staff lists, staff payment actions, time.</summary>
public sealed class GuestOrderAccessTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    [Fact]
    public async Task GuestToken_OpensNothing_OnAnotherOrder()
    {
        var (_, _, token) = await shop.PlaceAsGuestAsync();
        var (other, otherNumber, _) = await shop.PlaceAsGuestAsync();
        var guest = await shop.ClientAsync(token);

        var data = await guest.QueryAsync(OrderById, new { id = other });
        var byNumber = await guest.QueryAsync("query($n: String!) { order(number: $n) { id } }", new { n = otherNumber });
        var payload = await guest.MutateAsync("authorizePayment", Authorize, new { orderId = other, card = "4242424242424242" });

        Assert.Null(data["order"]);
        Assert.Null(data["node"]);
        Assert.Null(byNumber["order"]);
        Assert.Equal(["NOT_FOUND at input.orderId"], payload.UserErrors());
        Assert.Empty(await shop.LedgerAsync(other));
    }

    [Theory]
    [InlineData("{ orders(first: 1) { nodes { id } } }")]
    [InlineData("{ customers(first: 1) { nodes { id } } }")]
    [InlineData("{ me { email } }")]
    public async Task GuestToken_IsForbidden_BeyondItsOrder(string document)
    {
        var (_, _, token) = await shop.PlaceAsGuestAsync();

        var response = await (await shop.ClientAsync(token)).PostAsync(document);

        Assert.Equal("FORBIDDEN", response.ErrorCode);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task OrderCustomer_IsForbidden_WithGuestToken()
    {
        var (id, _, token) = await shop.PlaceAsGuestAsync();

        var response = await (await shop.ClientAsync(token)).PostAsync("query($id: ID!) { order(id: $id) { customer { email } } }", new { id });

        Assert.Equal("FORBIDDEN", response.ErrorCode);
    }

    [Fact]
    public async Task CapturePayment_IsForbidden_WithGuestToken()
    {
        var (id, _, token) = await shop.PlaceAsGuestAsync();
        var guest = await shop.ClientAsync(token);
        await guest.MutateAsync("authorizePayment", Authorize, new { orderId = id, card = "4242424242424242" });

        var response = await guest.PostAsync("""
            mutation($input: CapturePaymentInput!) { capturePayment(input: $input) { userErrors { code } } }
            """, new { input = new { orderId = id } });

        Assert.Equal("FORBIDDEN", response.ErrorCode);
        Assert.Equal([(PaymentTransactionKind.Authorization, PaymentTransactionStatus.Succeeded)], await shop.LedgerAsync(id));
    }

    [Fact]
    public async Task GuestToken_Returns401_WhenExpired()
    {
        var (id, _, token) = await shop.PlaceAsGuestAsync();
        var guest = await shop.ClientAsync(token);
        Assert.NotNull((await guest.QueryAsync(OrderById, new { id }))["order"]);

        shop.Clock.Offset = TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1);
        try
        {
            var response = await guest.PostAsync(OrderById, new { id });

            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
        }
        finally
        {
            shop.Clock.Offset = TimeSpan.Zero;
        }
    }
}
