using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Payments;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Tests.Features.Orders;

/// <summary>An order's amounts, lines, payment ledger and shipments as the graph shows them equal the database's.</summary>
[Collection(GraphCollection.Name)]
public sealed class OrderDetailsTests(GraphFixture fixture)
{
    private const string Details = """
        query ($number: String!) {
          order(number: $number) {
            currencyCode subtotal { minorUnits currencyCode } discount { minorUnits } shipping { minorUnits } tax { minorUnits } total { minorUnits }
            itemCount totalCaptured { minorUnits } totalRefunded { minorUnits }
            lines { id quantity lineTotal { minorUnits currencyCode } order { number } }
            payments { id kind status amount { minorUnits } order { number } }
            fulfillments { id state warehouse { id } lines { quantity orderLine { id } } }
          }
        }
        """;

    [Fact]
    public async Task Order_AmountsEqualDatabaseAndLinesSumToSubtotal_WhenReadByNumber()
    {
        await using var db = fixture.CreateDbContext();
        var order = await db.Orders.Include(o => o.Lines).Where(o => o.Lines.Count > 1).OrderBy(o => o.Id).FirstAsync();

        var data = await fixture.Client.QueryAsync(Details, new { number = order.Number });

        var node = data["order"]!;
        Assert.Equal(order.Currency, node["currencyCode"]!.GetValue<string>());
        Assert.Equal(order.SubtotalMinorUnits, MinorUnits(node["subtotal"]));
        Assert.Equal(order.DiscountMinorUnits, MinorUnits(node["discount"]));
        Assert.Equal(order.ShippingMinorUnits, MinorUnits(node["shipping"]));
        Assert.Equal(order.TaxMinorUnits, MinorUnits(node["tax"]));
        Assert.Equal(order.TotalMinorUnits, MinorUnits(node["total"]));
        var lines = node["lines"]!.AsArray();
        Assert.Equal(order.Lines.OrderBy(l => l.Id).Select(l => GlobalId.Encode("OrderLine", l.Id)), lines.Select(l => l!["id"]!.GetValue<string>()));
        Assert.Equal(order.SubtotalMinorUnits, lines.Sum(l => MinorUnits(l!["lineTotal"])));
        Assert.All(lines, l => Assert.Equal(order.Currency, l!["lineTotal"]!["currencyCode"]!.GetValue<string>()));
        Assert.Equal(order.Lines.Sum(l => l.Quantity), node["itemCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Order_PaymentsAndFulfillmentsEqualDatabase_WhenOrderWasRefundedAndShipped()
    {
        await using var db = fixture.CreateDbContext();
        var order = await db.Orders.Where(o => o.Fulfillments.Any() && o.Payments.Any(t => t.Kind == PaymentTransactionKind.Refund))
            .OrderBy(o => o.Id).FirstAsync();
        var payments = await db.PaymentTransactions.Where(t => t.OrderId == order.Id).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync();
        var fulfillments = await db.Fulfillments.Include(f => f.Lines).Where(f => f.OrderId == order.Id).OrderBy(f => f.Id).ToListAsync();

        var data = await fixture.Client.QueryAsync(Details, new { number = order.Number });

        var node = data["order"]!;
        Assert.Equal(payments.Select(t => GlobalId.Encode("PaymentTransaction", t.Id)), node["payments"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        Assert.Equal(payments.Select(t => t.AmountMinorUnits), node["payments"]!.AsArray().Select(p => MinorUnits(p!["amount"])));
        Assert.All(node["payments"]!.AsArray(), p => Assert.Equal(order.Number, p!["order"]!["number"]!.GetValue<string>()));
        var succeeded = payments.Where(t => t.Status == PaymentTransactionStatus.Succeeded).ToList();
        Assert.Equal(succeeded.Where(t => t.Kind is PaymentTransactionKind.Capture or PaymentTransactionKind.ManualPayment).Sum(t => t.AmountMinorUnits),
            MinorUnits(node["totalCaptured"]));
        Assert.Equal(succeeded.Where(t => t.Kind == PaymentTransactionKind.Refund).Sum(t => t.AmountMinorUnits), MinorUnits(node["totalRefunded"]));
        Assert.True(MinorUnits(node["totalRefunded"]) > 0);

        var shipped = node["fulfillments"]!.AsArray();
        Assert.Equal(fulfillments.Select(f => GlobalId.Encode("Fulfillment", f.Id)), shipped.Select(f => f!["id"]!.GetValue<string>()));
        Assert.Equal(fulfillments.Select(f => GlobalId.Encode("Warehouse", f.WarehouseId)), shipped.Select(f => f!["warehouse"]!["id"]!.GetValue<string>()));
        Assert.Equal(fulfillments.SelectMany(f => f.Lines.OrderBy(l => l.Id).Select(l => (l.Quantity, GlobalId.Encode("OrderLine", l.OrderLineId)))),
            shipped.SelectMany(f => f!["lines"]!.AsArray().Select(l => (l!["quantity"]!.GetValue<int>(), l["orderLine"]!["id"]!.GetValue<string>()))));
    }

    private static long MinorUnits(System.Text.Json.Nodes.JsonNode? money) => money!["minorUnits"]!.GetValue<long>();
}
