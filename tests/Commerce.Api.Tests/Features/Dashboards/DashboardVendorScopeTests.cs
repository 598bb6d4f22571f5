using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;

namespace Commerce.Api.Tests.Features.Dashboards;

/// <summary>A vendor's users get the same dashboard over their own vendor's order lines only.</summary>
public sealed class DashboardVendorScopeTests(DashboardShop shop) : IClassFixture<DashboardShop>
{
    private static readonly DateTime From = DashboardShop.PeriodStart;
    private static readonly DateTime To = From.AddDays(7);

    [Fact]
    public async Task Dashboard_CoversOnlyTheVendorsOwnLines_ForAVendorUser()
    {
        var rows = await shop.RowsAsync();
        var expect = await DashboardExpectations.LoadAsync(shop);
        var data = (await shop.CreateGraphQLClient(rows.VendorAToken).QueryAsync("""
            {
              dashboard(period: { from: "2026-03-02", to: "2026-03-08" }) {
                kpis { revenue { value { minorUnits } } orderCount { value previous } customerCount { value } }
                salesSeries { revenue { minorUnits } }
                topProducts(limit: 50) { product { vendor { id } } }
                vendorLeaderboard { vendor { id } gmv { minorUnits } }
                customerSegments { customers revenue { minorUnits } }
              }
            }
            """))["dashboard"]!;

        var own = expect.Sales(From, To).Where(o => o.Lines.Any(l => l.VendorId == rows.VendorA)).ToList();
        var ownLines = own.SelectMany(o => o.Lines).Where(l => l.VendorId == rows.VendorA).ToList();
        var previous = expect.Sales(From.AddDays(-7), From).Count(o => o.Lines.Any(l => l.VendorId == rows.VendorA));
        var kpis = data["kpis"]!;
        Assert.Equal(ownLines.Sum(l => l.LineTotalMinorUnits), kpis["revenue"]!["value"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal(own.Count, kpis["orderCount"]!["value"]!.GetValue<long>());
        Assert.Equal(previous, kpis["orderCount"]!["previous"]!.GetValue<long>());
        Assert.Equal(DashboardExpectations.Customers(own), kpis["customerCount"]!["value"]!.GetValue<long>());
        Assert.Equal(ownLines.Sum(l => l.LineTotalMinorUnits), data["salesSeries"]!.AsArray().Sum(p => p!["revenue"]!["minorUnits"]!.GetValue<long>()));
        Assert.Equal(ownLines.Where(l => own.First(o => o.Id == l.OrderId).CustomerId != null).Sum(l => l.LineTotalMinorUnits),
            data["customerSegments"]!.AsArray().Sum(s => s!["revenue"]!["minorUnits"]!.GetValue<long>()));

        var vendorA = GlobalId.Encode("Vendor", rows.VendorA);
        Assert.All(data["topProducts"]!.AsArray(), p => Assert.Equal(vendorA, p!["product"]!["vendor"]!["id"]!.GetValue<string>()));
        var row = Assert.Single(data["vendorLeaderboard"]!.AsArray())!;
        Assert.Equal(vendorA, row["vendor"]!["id"]!.GetValue<string>());
        Assert.NotEqual(expect.Revenue(expect.Sales(From, To)), kpis["revenue"]!["value"]!["minorUnits"]!.GetValue<long>());
    }

    [Fact]
    public async Task Dashboard_IsForbidden_ForACustomer()
    {
        await shop.RowsAsync();
        await shop.SignUpCustomerAsync("dashboard-customer@example.com");
        var session = await shop.SignInCustomerAsync("dashboard-customer@example.com");

        var response = await shop.CreateGraphQLClient(session.AccessToken)
            .PostAsync("""{ dashboard(period: { from: "2026-03-02", to: "2026-03-08" }) { kpis { orderCount { value } } } }""");

        Assert.Equal("FORBIDDEN", response.ErrorCode);
    }
}
