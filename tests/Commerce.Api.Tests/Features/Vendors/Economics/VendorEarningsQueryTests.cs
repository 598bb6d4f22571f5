using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Vendors.Economics;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;
using static Commerce.Api.Tests.Features.Vendors.Economics.EconomicsShopFactory;

namespace Commerce.Api.Tests.Features.Vendors.Economics;

public sealed class VendorEarningsQueryTests(EconomicsShopFactory shop) : IClassFixture<EconomicsShopFactory>
{
    private const string Earnings = """
        query($id: ID!, $from: DateTime!, $to: DateTime!) {
          node(id: $id) { ... on Vendor {
            earnings(period: { from: $from, to: $to }) { totals { currencyCode gross { minorUnits } refunds { minorUnits } commission { minorUnits } fees { minorUnits } net { minorUnits } entryCount } }
            payoutStatements(first: 10) { totalCount }
          } }
        }
        """;

    [Fact]
    public async Task Earnings_EqualTheLedgerSummedIndependently_AfterSalesAndARefund()
    {
        await shop.MutateOkAsync("setVendorCommission", "SetVendorCommissionInput",
            new { vendorId = VendorId(Alpha), defaultCommissionRateBasisPoints = 1000, transactionFeeMinorUnits = 25, tiers = Array.Empty<object>() });
        await shop.PlacePaidOrderAsync(Line(Apron, 1), Line(Mug, 2));
        var refunded = await shop.PlacePaidOrderAsync(Line(Apron, 3));
        await new Orders.OrderFlow(await shop.ClientAsync()).Pay("refundPayment", new { orderId = GlobalId.Encode("Order", refunded), amount = "20.00" });
        var from = DateTime.UtcNow.AddHours(-1);
        var to = DateTime.UtcNow.AddHours(1);

        var data = await (await shop.ClientAsync()).QueryAsync(Earnings, new { id = VendorId(Alpha), from, to });

        var entries = await shop.WithDbAsync(db => db.VendorEarnings.Where(e => e.VendorId == Alpha).ToListAsync());
        var sales = entries.Where(e => e.Kind == VendorEarningKind.Sale).ToList();
        var totals = data["node"]!["earnings"]!["totals"]!.AsArray().Single()!;
        Assert.Equal("USD", totals["currencyCode"]!.GetValue<string>());
        Assert.Equal(
            (sales.Sum(e => e.GrossMinorUnits), -entries.Where(e => e.Kind == VendorEarningKind.Refund).Sum(e => e.GrossMinorUnits),
                entries.Sum(e => e.CommissionMinorUnits), 2 * 25L, entries.Count),
            (Minor(totals, "gross"), Minor(totals, "refunds"), Minor(totals, "commission"), Minor(totals, "fees"), totals["entryCount"]!.GetValue<int>()));
        Assert.Equal(Minor(totals, "gross") - Minor(totals, "refunds") - Minor(totals, "commission") - Minor(totals, "fees"), Minor(totals, "net"));
        Assert.True(Minor(totals, "refunds") > 0);
    }

    [Fact]
    public async Task VendorUser_SeesOwnEarningsAndStatements_ButAnotherVendorsIsForbidden()
    {
        await shop.PlacePaidOrderAsync(Line(Lamp, 1));
        var email = await shop.CreateVendorUserAsync(Beta, "beta-user@example.com");
        var session = await shop.SignInVendorUserAsync(email);
        var client = shop.CreateGraphQLClient(session.AccessToken);
        var window = new { from = DateTime.UtcNow.AddHours(-1), to = DateTime.UtcNow.AddHours(1) };

        var own = await client.PostAsync(Earnings, new { id = VendorId(Beta), window.from, window.to });
        var other = await client.PostAsync(Earnings, new { id = VendorId(Alpha), window.from, window.to });

        Assert.Null(own.Errors);
        Assert.NotEmpty(own.Data!["node"]!["earnings"]!["totals"]!.AsArray());
        Assert.Equal("FORBIDDEN", other.ErrorCode);
    }

    private static long Minor(System.Text.Json.Nodes.JsonNode totals, string field) => totals[field]!["minorUnits"]!.GetValue<long>();
}
