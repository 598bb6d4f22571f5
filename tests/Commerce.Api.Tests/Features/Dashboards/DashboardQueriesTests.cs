using Commerce.Api.Auth;
using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Orders;
using Commerce.GraphQL.Server.Relay;
using System.Text.Json.Nodes;

namespace Commerce.Api.Tests.Features.Dashboards;

/// <summary>The whole shop's dashboard over <see cref="DashboardShop"/>, checked against figures computed from its rows.</summary>
public sealed class DashboardQueriesTests(DashboardShop shop) : IClassFixture<DashboardShop>
{
    private static readonly DateTime From = DashboardShop.PeriodStart;
    private static readonly DateTime To = From.AddDays(7);

    [Fact]
    public async Task Kpis_EqualFiguresComputedFromTheRows_ComparedWithThePreviousWeek()
    {
        var expect = await ExpectAsync();
        var kpis = (await DashboardAsync("""
            kpis {
              revenue { value { minorUnits currencyCode } previous { minorUnits } growthPercent }
              orderCount { value previous growthPercent }
              customerCount { value previous growthPercent }
              averageOrderValue { value { minorUnits } previous { minorUnits } growthPercent }
            }
            """))["kpis"]!;

        var (now, before) = (expect.Sales(From, To), expect.Sales(From.AddDays(-7), From));
        var (revenue, previousRevenue) = (expect.Revenue(now), expect.Revenue(before));
        Assert.Equal(6, now.Count);   // the cancelled, euro and out-of-period orders are not sales
        Assert.Equal(revenue, kpis["revenue"]!["value"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal("USD", kpis["revenue"]!["value"]!["currencyCode"]!.GetValue<string>());
        Assert.Equal(previousRevenue, kpis["revenue"]!["previous"]!["minorUnits"]!.GetValue<long>());
        Assert.Equal(DashboardExpectations.Growth(revenue, previousRevenue), kpis["revenue"]!["growthPercent"]!.GetValue<double>());
        Assert.Equal(now.Count, kpis["orderCount"]!["value"]!.GetValue<long>());
        Assert.Equal(before.Count, kpis["orderCount"]!["previous"]!.GetValue<long>());
        Assert.Equal(DashboardExpectations.Growth(now.Count, before.Count), kpis["orderCount"]!["growthPercent"]!.GetValue<double>());
        Assert.Equal(DashboardExpectations.Customers(now), kpis["customerCount"]!["value"]!.GetValue<long>());
        Assert.Equal(Math.Round((decimal)revenue / now.Count, MidpointRounding.AwayFromZero), kpis["averageOrderValue"]!["value"]!["minorUnits"]!.GetValue<long>());
    }

    [Fact]
    public async Task Kpis_HaveNoPreviousFiguresOrGrowth_WhenComparedWithNothing()
    {
        var kpis = (await DashboardAsync("kpis { revenue { previous { minorUnits } growthPercent } orderCount { value previous growthPercent } }", compareTo: "NONE"))["kpis"]!;

        Assert.Null(kpis["revenue"]!["previous"]);
        Assert.Null(kpis["revenue"]!["growthPercent"]);
        Assert.Null(kpis["orderCount"]!["previous"]);
        Assert.Equal(6, kpis["orderCount"]!["value"]!.GetValue<long>());
    }

    [Fact]
    public async Task Kpis_CompareWithTheSameDaysAYearEarlier_WhenAskedForThePreviousYear()
    {
        var expect = await ExpectAsync();
        var kpis = (await DashboardAsync("kpis { orderCount { previous } }", period: """{ from: "2026-02-22", to: "2026-03-08" }""", compareTo: "PREVIOUS_YEAR"))["kpis"]!;

        var lastYear = expect.Sales(new DateTime(2025, 2, 22, 0, 0, 0, DateTimeKind.Utc), new DateTime(2025, 3, 9, 0, 0, 0, DateTimeKind.Utc));
        Assert.Single(lastYear);
        Assert.Equal(lastYear.Count, kpis["orderCount"]!["previous"]!.GetValue<long>());
    }

    [Fact]
    public async Task SalesSeries_HasOneBucketPerDay_IncludingDaysWithoutSales()
    {
        var expect = await ExpectAsync();
        var series = (await DashboardAsync("salesSeries(interval: DAY) { periodStart revenue { minorUnits } orders }"))["salesSeries"]!.AsArray();

        var expected = Enumerable.Range(0, 7).Select(d =>
        {
            var day = expect.Sales(From.AddDays(d), From.AddDays(d + 1));
            return ($"2026-03-{2 + d:00}", expect.Revenue(day), (long)day.Count);
        }).ToList();
        Assert.Equal(expected, series.Select(Point).ToList());
        Assert.Equal(0, series[3]!["orders"]!.GetValue<long>());   // Thursday sold nothing
    }

    [Fact]
    public async Task SalesSeries_FoldsDaysIntoIsoWeeksAndMonths_CuttingBucketsAtThePeriod()
    {
        var expect = await ExpectAsync();
        const string period = """{ from: "2026-02-25", to: "2026-03-08" }""";
        var weeks = (await DashboardAsync("salesSeries(interval: WEEK) { periodStart revenue { minorUnits } orders }", period))["salesSeries"]!.AsArray();
        var months = (await DashboardAsync("salesSeries(interval: MONTH) { periodStart revenue { minorUnits } orders }", period))["salesSeries"]!.AsArray();

        (string, long, long) Bucket(string start, DateTime from, DateTime to) =>
            (start, expect.Revenue(expect.Sales(from, to)), expect.Sales(from, to).Count);
        var feb25 = From.AddDays(-5);
        Assert.Equal([Bucket("2026-02-25", feb25, From), Bucket("2026-03-02", From, To)], weeks.Select(Point).ToList());
        Assert.Equal([Bucket("2026-02-25", feb25, From.AddDays(-1)), Bucket("2026-03-01", From.AddDays(-1), To)], months.Select(Point).ToList());
    }

    [Fact]
    public async Task TopProductsAndCategories_RankLineTotalsOfTheSales_ByRevenueOrUnits()
    {
        var expect = await ExpectAsync();
        var data = await DashboardAsync("""
            byRevenue: topProducts(limit: 2) { product { name } revenue { minorUnits } units }
            byUnits: topProducts(limit: 3, by: UNITS) { product { name } units }
            topCategories { category { name } revenue { minorUnits } units }
            """);

        var lines = expect.Sales(From, To).SelectMany(o => o.Lines).ToList();
        var products = lines.GroupBy(l => l.ProductName).Select(g => (Name: g.Key, Revenue: g.Sum(l => l.LineTotalMinorUnits), Units: (long)g.Sum(l => l.Quantity))).ToList();
        Assert.Equal(products.OrderByDescending(p => p.Revenue).Take(2).ToList(),
            data["byRevenue"]!.AsArray().Select(p => (p!["product"]!["name"]!.GetValue<string>(), p["revenue"]!["minorUnits"]!.GetValue<long>(), p["units"]!.GetValue<long>())).ToList());
        Assert.Equal(products.OrderByDescending(p => p.Units).Select(p => (p.Name, p.Units)).ToList(),
            data["byUnits"]!.AsArray().Select(p => (p!["product"]!["name"]!.GetValue<string>(), p["units"]!.GetValue<long>())).ToList());

        var categoryOf = new Dictionary<string, string> { ["boot"] = "Shoes", ["sandal"] = "Shoes", ["cap"] = "Hats" };
        var categories = lines.GroupBy(l => categoryOf[l.ProductName])
            .Select(g => (g.Key, g.Sum(l => l.LineTotalMinorUnits), (long)g.Sum(l => l.Quantity))).OrderByDescending(c => c.Item2).ToList();
        Assert.Equal(categories, data["topCategories"]!.AsArray()
            .Select(c => (c!["category"]!["name"]!.GetValue<string>(), c["revenue"]!["minorUnits"]!.GetValue<long>(), c["units"]!.GetValue<long>())).ToList());
    }

    [Fact]
    public async Task VendorLeaderboard_ShowsGmvCommissionBookedInTheLedgerNetAndRefundRate()
    {
        var expect = await ExpectAsync();
        var rows = await shop.RowsAsync();
        var board = (await DashboardAsync("vendorLeaderboard { vendor { id } gmv { minorUnits } commission { minorUnits } net { minorUnits } orders refundRatePercent }"))["vendorLeaderboard"]!.AsArray();

        var sales = expect.Sales(From, To);
        var saleIds = sales.Select(o => o.Id).ToHashSet();
        var expected = new[] { rows.VendorA, rows.VendorB }.Select(vendorId =>
        {
            var orders = sales.Where(o => o.Lines.Any(l => l.VendorId == vendorId)).ToList();
            var gmv = orders.SelectMany(o => o.Lines).Where(l => l.VendorId == vendorId).Sum(l => l.LineTotalMinorUnits);
            var commission = expect.Earnings.Where(e => e.VendorId == vendorId && saleIds.Contains(e.OrderId)).Sum(e => e.CommissionMinorUnits + e.FeeMinorUnits);
            var refunded = orders.Count(o => o.PaymentStatus is PaymentStatus.Refunded or PaymentStatus.PartiallyRefunded);
            return (GlobalId.Encode("Vendor", vendorId), gmv, commission, gmv - commission, (long)orders.Count, (double)Math.Round(refunded * 100m / orders.Count, 2));
        }).OrderByDescending(v => v.gmv).ToList();
        Assert.Equal(expected, board.Select(v => (v!["vendor"]!["id"]!.GetValue<string>(), v["gmv"]!["minorUnits"]!.GetValue<long>(),
            v["commission"]!["minorUnits"]!.GetValue<long>(), v["net"]!["minorUnits"]!.GetValue<long>(), v["orders"]!.GetValue<long>(),
            v["refundRatePercent"]!.GetValue<double>())).ToList());
        Assert.Contains(expected, v => v.Item6 > 0);
    }

    [Fact]
    public async Task OrdersByStatusAndLowStock_CountEveryOrderOfThePeriod_AndListTheLowVariant()
    {
        var expect = await ExpectAsync();
        var rows = await shop.RowsAsync();
        var data = await DashboardAsync("ordersByStatus { status orders } lowStockVariants { variant { id } available threshold }");

        var expected = expect.Orders.Where(o => o.PlacedAt >= From && o.PlacedAt < To && o.Currency == "USD")
            .GroupBy(o => o.Status).ToDictionary(g => ScreamingCase(g.Key), g => (long)g.Count());
        Assert.Equal(expected, data["ordersByStatus"]!.AsArray().ToDictionary(s => s!["status"]!.GetValue<string>(), s => s!["orders"]!.GetValue<long>()));
        Assert.Contains("CANCELLED", expected.Keys);
        var low = Assert.Single(data["lowStockVariants"]!.AsArray())!;
        Assert.Equal((GlobalId.Encode("ProductVariant", rows.CapVariantId), 2L, 5L),
            (low["variant"]!["id"]!.GetValue<string>(), low["available"]!.GetValue<long>(), low["threshold"]!.GetValue<long>()));
    }

    [Fact]
    public async Task CustomerSegments_CoverEveryRegisteredBuyerOfThePeriod_AndTheirSpend()
    {
        var expect = await ExpectAsync();
        var segments = (await DashboardAsync("customerSegments { segment customers revenue { minorUnits } averageRecencyScore }"))["customerSegments"]!.AsArray();

        var sales = expect.Sales(From, To).Where(o => o.CustomerId != null).ToList();
        Assert.Equal(DashboardExpectations.Customers(sales), segments.Sum(s => s!["customers"]!.GetValue<long>()));
        Assert.Equal(sales.Sum(o => o.TotalMinorUnits), segments.Sum(s => s!["revenue"]!["minorUnits"]!.GetValue<long>()));
        Assert.All(segments, s => Assert.InRange(s!["averageRecencyScore"]!.GetValue<double>(), 1, 5));
    }

    [Fact]
    public async Task Dashboard_IsForbidden_WithoutReadInsights()
    {
        await shop.RowsAsync();
        var staff = shop.CreateGraphQLClient(await shop.CreateApiKeyAsync(Scopes.ReadOrders));

        var response = await staff.PostAsync("""{ dashboard(period: { from: "2026-03-02", to: "2026-03-08" }) { kpis { orderCount { value } } } }""");

        Assert.Equal("FORBIDDEN", response.ErrorCode);
        Assert.Null(response.Data?["dashboard"]);
    }

    [Fact]
    public async Task Dashboard_IsABadRequest_WhenThePeriodEndsBeforeItStarts()
    {
        var response = await new GraphQLClient(shop.CreateClient()).PostAsync("""{ dashboard(period: { from: "2026-03-08", to: "2026-03-02" }) { kpis { orderCount { value } } } }""");

        Assert.Equal("BAD_REQUEST", response.ErrorCode);
    }

    private async Task<DashboardExpectations> ExpectAsync()
    {
        await shop.RowsAsync();
        return await DashboardExpectations.LoadAsync(shop);
    }

    private async Task<JsonNode> DashboardAsync(string selection, string period = """{ from: "2026-03-02", to: "2026-03-08" }""", string compareTo = "PREVIOUS_PERIOD")
    {
        await shop.RowsAsync();
        var data = await new GraphQLClient(shop.CreateClient()).QueryAsync($$"""{ dashboard(period: {{period}}, compareTo: {{compareTo}}) { {{selection}} } }""");
        return data["dashboard"]!;
    }

    private static (string, long, long) Point(JsonNode? p) =>
        (p!["periodStart"]!.GetValue<string>(), p["revenue"]!["minorUnits"]!.GetValue<long>(), p["orders"]!.GetValue<long>());

    private static string ScreamingCase(OrderStatus status) =>
        string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
