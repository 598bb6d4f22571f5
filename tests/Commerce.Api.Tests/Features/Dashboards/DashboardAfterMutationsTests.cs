using Commerce.Api.Tests.Features.Orders;

namespace Commerce.Api.Tests.Features.Dashboards;

/// <summary>
/// The dashboard reads daily rollups that database triggers keep; these walk orders through the real mutations
/// (place, capture, partial refund, cancel after capture) and check the figures follow each change at once.
/// </summary>
public sealed class DashboardAfterMutationsTests(OrderShopFactory shop) : IClassFixture<OrderShopFactory>
{
    private const string Query = """
        query($day: DateOnly!) {
          dashboard(period: { from: $day, to: $day }) {
            kpis { revenue { value { minorUnits } } orderCount { value } }
            salesSeries(interval: DAY) { revenue { minorUnits } orders }
            topProducts(limit: 5) { units revenue { minorUnits } }
          }
        }
        """;

    [Fact]
    public async Task Dashboard_FollowsPlacementRefundAndCancellation()
    {
        var flow = new OrderFlow(await shop.ClientAsync());
        var day = DateOnly.FromDateTime(shop.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var before = await ReadAsync(flow, day);

        var kept = await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeSmall, 2));
        var cancelled = await flow.PlaceAsync(OrderShopFactory.Line(shop.TeeMedium, 1));
        foreach (var order in new[] { kept, cancelled })
        {
            var id = order["id"]!.GetValue<string>();
            await flow.Pay("authorizePayment", new { orderId = id, card = "4242424242424242" });
            await flow.Pay("capturePayment", new { orderId = id });
        }

        await flow.Pay("refundPayment", new { orderId = kept["id"]!.GetValue<string>(), amount = "5.00" });
        var afterRefund = await ReadAsync(flow, day);
        await flow.Run("cancelOrder", "CancelOrderInput", new { orderId = cancelled["id"]!.GetValue<string>(), reason = "changed mind" });
        var afterCancel = await ReadAsync(flow, day);

        var keptTotal = kept["total"]!["minorUnits"]!.GetValue<long>();
        var cancelledTotal = cancelled["total"]!["minorUnits"]!.GetValue<long>();
        Assert.Equal(before with { Revenue = before.Revenue + keptTotal + cancelledTotal - 500, Orders = before.Orders + 2, Units = before.Units + 3 }, afterRefund);
        Assert.Equal(before with { Revenue = before.Revenue + keptTotal - 500, Orders = before.Orders + 1, Units = before.Units + 2 }, afterCancel);
    }

    /// <summary>The KPI and the series must agree, so each is read and compared before one figure is returned.</summary>
    private static async Task<Figures> ReadAsync(OrderFlow flow, string day)
    {
        var dashboard = (await flow.Client.QueryAsync(Query, new { day }))["dashboard"]!;
        var revenue = dashboard["kpis"]!["revenue"]!["value"]!["minorUnits"]!.GetValue<long>();
        var orders = dashboard["kpis"]!["orderCount"]!["value"]!.GetValue<long>();
        var point = dashboard["salesSeries"]!.AsArray().Single()!;
        Assert.Equal(revenue, point["revenue"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal(orders, point["orders"]!.GetValue<long>());
        var units = dashboard["topProducts"]!.AsArray().Sum(p => p!["units"]!.GetValue<long>());
        return new Figures(revenue, orders, units);
    }

    private sealed record Figures(long Revenue, long Orders, long Units);
}
