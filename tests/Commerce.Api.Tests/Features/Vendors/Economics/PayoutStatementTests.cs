using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;
using static Commerce.Api.Tests.Features.Vendors.Economics.EconomicsShopFactory;

namespace Commerce.Api.Tests.Features.Vendors.Economics;

public sealed class PayoutStatementTests(EconomicsShopFactory shop) : IClassFixture<EconomicsShopFactory>
{
    private const string Statement = "payoutStatement { id status lineCount net { minorUnits } gross { minorUnits } lines(first: 100) { totalCount } }";

    private static object Input(int vendor, string period) =>
        new { vendorId = VendorId(vendor), period, date = DateTime.UtcNow.ToString("yyyy-MM-dd"), currencyCode = "USD" };

    [Fact]
    public async Task PayoutStatements_NeverIncludeAnEntryTwice_AcrossOverlappingPeriods()
    {
        await shop.PlacePaidOrderAsync(Line(Apron, 1), Line(Mug, 1));
        await shop.PlacePaidOrderAsync(Line(Apron, 2));

        var weekly = await shop.MutateOkAsync("createPayoutStatement", "CreatePayoutStatementInput", Input(Alpha, "WEEKLY"), Statement);
        var monthlyNothingLeft = await shop.MutateAsync("createPayoutStatement", "CreatePayoutStatementInput", Input(Alpha, "MONTHLY"), Statement);
        await shop.PlacePaidOrderAsync(Line(Mug, 4));
        var monthly = await shop.MutateOkAsync("createPayoutStatement", "CreatePayoutStatementInput", Input(Alpha, "MONTHLY"), Statement);

        Assert.Equal(["NOTHING_TO_PAY at input.date"], monthlyNothingLeft.UserErrors());
        Assert.Equal((3, 3, "PENDING"), (weekly["payoutStatement"]!["lineCount"]!.GetValue<int>(), weekly["payoutStatement"]!["lines"]!["totalCount"]!.GetValue<int>(), weekly["payoutStatement"]!["status"]!.GetValue<string>()));
        Assert.Equal(1, monthly["payoutStatement"]!["lineCount"]!.GetValue<int>());
        var (entries, nets) = await shop.WithDbAsync(async db => (
            await db.VendorEarnings.Where(e => e.VendorId == Alpha).Select(e => new { e.PayoutStatementId, e.NetMinorUnits }).ToListAsync(),
            await db.PayoutStatements.Where(s => s.VendorId == Alpha).SumAsync(s => s.NetMinorUnits)));
        Assert.Equal(4, entries.Count);
        Assert.All(entries, e => Assert.NotNull(e.PayoutStatementId));
        Assert.Equal(entries.Sum(e => e.NetMinorUnits), nets);
        var statementId = GlobalId.DecodeInt(weekly["payoutStatement"]!["id"]!.GetValue<string>(), "PayoutStatement");
        Assert.Equal(["vendor.payout.created"], await shop.PayoutEventTypesAsync(statementId));
    }

    [Fact]
    public async Task CreatePayoutStatement_ClaimsEachEntryOnce_WhenRequestsRunConcurrently()
    {
        await shop.PlacePaidOrderAsync(Line(Lamp, 1), Line(Poster, 2));
        await shop.PlacePaidOrderAsync(Line(Poster, 1));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            shop.MutateAsync("createPayoutStatement", "CreatePayoutStatementInput", Input(Beta, "WEEKLY"), Statement)));

        Assert.Single(results, r => r.UserErrors().Count == 0);
        Assert.All(results.Where(r => r.UserErrors().Count > 0), r => Assert.Equal(["NOTHING_TO_PAY at input.date"], r.UserErrors()));
        var (statements, unclaimed) = await shop.WithDbAsync(async db => (
            await db.PayoutStatements.Where(s => s.VendorId == Beta).Select(s => s.LineCount).ToListAsync(),
            await db.VendorEarnings.CountAsync(e => e.VendorId == Beta && e.PayoutStatementId == null)));
        Assert.Equal([3], statements);
        Assert.Equal(0, unclaimed);
    }

    [Fact]
    public async Task MarkPayoutPaid_MarksPaidOnce_AndWritesTheEvent()
    {
        await shop.PlacePaidOrderAsync(Line(Gadget, 1));
        var created = await shop.MutateOkAsync("createPayoutStatement", "CreatePayoutStatementInput", Input(Gamma, "MONTHLY"), Statement);
        var id = created["payoutStatement"]!["id"]!.GetValue<string>();

        var paid = await shop.MutateOkAsync("markPayoutPaid", "MarkPayoutPaidInput", new { payoutStatementId = id, reference = "WIRE-1" }, "payoutStatement { status paymentReference paidAt }");
        var again = await shop.MutateAsync("markPayoutPaid", "MarkPayoutPaidInput", new { payoutStatementId = id }, "payoutStatement { status }");

        Assert.Equal(("PAID", "WIRE-1"), (paid["payoutStatement"]!["status"]!.GetValue<string>(), paid["payoutStatement"]!["paymentReference"]!.GetValue<string>()));
        Assert.Equal(["ILLEGAL_TRANSITION at input.payoutStatementId"], again.UserErrors());
        Assert.Equal(["vendor.payout.created", "vendor.payout.paid"], await shop.PayoutEventTypesAsync(GlobalId.DecodeInt(id, "PayoutStatement")));
    }

    [Fact]
    public async Task MarkPayoutPaid_PaysOnceAndWritesOneEvent_WhenCallsRace()
    {
        await shop.PlacePaidOrderAsync(Line(Gadget, 2));
        var created = await shop.MutateOkAsync("createPayoutStatement", "CreatePayoutStatementInput", Input(Gamma, "MONTHLY"), Statement);
        var id = created["payoutStatement"]!["id"]!.GetValue<string>();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            shop.MutateAsync("markPayoutPaid", "MarkPayoutPaidInput", new { payoutStatementId = id, reference = $"WIRE-{i}" }, "payoutStatement { status }")));

        Assert.Equal(1, results.Count(r => r.UserErrors().Count == 0));
        Assert.All(results.Where(r => r.UserErrors().Count > 0), r => Assert.Equal(["ILLEGAL_TRANSITION at input.payoutStatementId"], r.UserErrors()));
        Assert.Equal(["vendor.payout.created", "vendor.payout.paid"], await shop.PayoutEventTypesAsync(GlobalId.DecodeInt(id, "PayoutStatement")));
    }
}
