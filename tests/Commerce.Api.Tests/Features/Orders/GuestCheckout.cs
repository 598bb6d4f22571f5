using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Payments;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Orders;

/// <summary>Guest checkout as a storefront does it: documents, placing an order anonymously, reading the ledger.</summary>
public static class GuestCheckout
{
    public const string PlaceOrder = """
        mutation($input: PlaceOrderInput!) {
          placeOrder(input: $input) {
            orderId orderNumber total { minorUnits currencyCode } orderAccessToken orderAccessTokenExpiresAt
            userErrors { code field message }
          }
        }
        """;

    public const string OrderById = """
        query($id: ID!) {
          order(id: $id) { id number email lines { sku quantity } payments { kind status } fulfillments { id } }
          node(id: $id) { ... on Order { number } }
        }
        """;

    public const string Authorize = """
        mutation($input: AuthorizePaymentInput!) {
          authorizePayment(input: $input) { transaction { kind status } userErrors { code field } }
        }
        """;

    /// <summary>Places a one-unit TEE-S order as <paramref name="bearer"/> (anonymous when null); returns its id, number and token.</summary>
    public static async Task<(string Id, string Number, string Token)> PlaceAsGuestAsync(this OrderShopFactory shop, string? bearer = null)
    {
        var guest = await shop.ClientAsync(bearer);
        var payload = (await guest.QueryAsync(PlaceOrder, new { input = OrderShopFactory.GuestOrder(OrderShopFactory.Line(shop.TeeSmall, 1)) }))["placeOrder"]!;
        Assert.Empty(payload.UserErrors());
        return (payload["orderId"]!.GetValue<string>(), payload["orderNumber"]!.GetValue<string>(), payload["orderAccessToken"]!.GetValue<string>());
    }

    /// <summary>The order's payment ledger as stored, oldest first.</summary>
    public static Task<List<(PaymentTransactionKind, PaymentTransactionStatus)>> LedgerAsync(this OrderShopFactory shop, string orderId)
    {
        var id = GlobalId.DecodeInt(orderId, "Order");
        return shop.WithDbAsync(async db => (await db.PaymentTransactions.Where(t => t.OrderId == id).OrderBy(t => t.Id)
            .Select(t => new { t.Kind, t.Status }).ToListAsync()).Select(t => (t.Kind, t.Status)).ToList());
    }
}
