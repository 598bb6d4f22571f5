using System.Text.Json.Nodes;
using Commerce.Api.Tests.Infrastructure;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;
using static Commerce.Api.Tests.Features.Vendors.Economics.EconomicsShopFactory;

namespace Commerce.Api.Tests.Features.Vendors.Economics;

/// <summary>
/// A finance tool retrying createPayoutStatement or markPayoutPaid with its idempotency key gets the first answer
/// back. Each test leaves its vendor's later entries unclaimed; the next statement of that vendor claims them.
/// </summary>
public sealed class PayoutIdempotencyTests(EconomicsShopFactory shop) : IClassFixture<EconomicsShopFactory>
{
    private const string Statement = "payoutStatement { id status paymentReference }";

    private static object Create(int vendor, string period, string? key) =>
        new { vendorId = VendorId(vendor), period, date = DateTime.UtcNow.ToString("yyyy-MM-dd"), currencyCode = "USD", idempotencyKey = key };

    [Fact]
    public async Task CreatePayoutStatement_RetriedWithTheSameKey_ReturnsTheFirstStatement_AndCreatesNoSecond()
    {
        await shop.PlacePaidOrderAsync(Line(Apron, 1));
        var before = await StatementCountAsync(Alpha);
        var first = await shop.MutateOkAsync("createPayoutStatement", "CreatePayoutStatementInput", Create(Alpha, "WEEKLY", "stmt-retry"), Statement);
        await shop.PlacePaidOrderAsync(Line(Mug, 2));   // new entries a second statement would claim
        var unclaimed = await UnclaimedAsync(Alpha);

        var retry = await shop.MutateOkAsync("createPayoutStatement", "CreatePayoutStatementInput", Create(Alpha, "WEEKLY", "stmt-retry"), Statement);

        Assert.Equal(IdOf(first), IdOf(retry));
        Assert.Equal(before + 1, await StatementCountAsync(Alpha));
        Assert.True(unclaimed > 0);
        Assert.Equal(unclaimed, await UnclaimedAsync(Alpha));
        Assert.Equal(["vendor.payout.created"], await shop.PayoutEventTypesAsync(IdOf(first)));
    }

    [Fact]
    public async Task CreatePayoutStatement_SameKeyWithOtherInput_IsRefused_AndChangesNothing()
    {
        await shop.PlacePaidOrderAsync(Line(Lamp, 1));
        var first = await shop.MutateOkAsync("createPayoutStatement", "CreatePayoutStatementInput", Create(Beta, "WEEKLY", "stmt-reused"), Statement);
        await shop.PlacePaidOrderAsync(Line(Poster, 1));   // something the other input could claim
        var (statements, unclaimed) = (await StatementCountAsync(Beta), await UnclaimedAsync(Beta));

        var reused = await shop.MutateAsync("createPayoutStatement", "CreatePayoutStatementInput", Create(Beta, "MONTHLY", "stmt-reused"), Statement);

        Assert.Equal(["IDEMPOTENCY_KEY_REUSED at input.idempotencyKey"], reused.UserErrors());
        Assert.Null(reused["payoutStatement"]);
        Assert.Equal((statements, unclaimed), (await StatementCountAsync(Beta), await UnclaimedAsync(Beta)));
        Assert.Equal(["vendor.payout.created"], await shop.PayoutEventTypesAsync(IdOf(first)));
    }

    [Fact]
    public async Task CreatePayoutStatement_ConcurrentCallsWithOneKey_CreateOneStatement_AndAllGetIt()
    {
        await shop.PlacePaidOrderAsync(Line(Gadget, 1));
        var before = await StatementCountAsync(Gamma);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            shop.MutateAsync("createPayoutStatement", "CreatePayoutStatementInput", Create(Gamma, "MONTHLY", "stmt-parallel"), Statement)));

        Assert.All(results, r => Assert.Empty(r.UserErrors()));
        var id = Assert.Single(results.Select(IdOf).Distinct());
        Assert.Equal(before + 1, await StatementCountAsync(Gamma));
        Assert.Equal(0, await UnclaimedAsync(Gamma));
        Assert.Equal(["vendor.payout.created"], await shop.PayoutEventTypesAsync(id));
    }

    [Fact]
    public async Task MarkPayoutPaid_RetriedWithTheSameKey_ReturnsThePaidStatement_AndWritesOneEvent()
    {
        await shop.PlacePaidOrderAsync(Line(Gadget, 3));
        var created = await shop.MutateOkAsync("createPayoutStatement", "CreatePayoutStatementInput", Create(Gamma, "WEEKLY", null), Statement);
        var input = new { payoutStatementId = created["payoutStatement"]!["id"]!.GetValue<string>(), reference = "WIRE-7", idempotencyKey = "paid-retry" };

        var paid = await shop.MutateOkAsync("markPayoutPaid", "MarkPayoutPaidInput", input, Statement);
        var retry = await shop.MutateOkAsync("markPayoutPaid", "MarkPayoutPaidInput", input, Statement);

        Assert.Equal(paid.ToJsonString(), retry.ToJsonString());
        Assert.Equal(("PAID", "WIRE-7"), (retry["payoutStatement"]!["status"]!.GetValue<string>(), retry["payoutStatement"]!["paymentReference"]!.GetValue<string>()));
        Assert.Equal(["vendor.payout.created", "vendor.payout.paid"], await shop.PayoutEventTypesAsync(IdOf(created)));
    }

    [Fact]
    public async Task CreatePayoutStatement_WithoutAKey_StillSettlesNewEntriesInASecondStatement()
    {
        await shop.PlacePaidOrderAsync(Line(Apron, 3));
        var first = await shop.MutateOkAsync("createPayoutStatement", "CreatePayoutStatementInput", Create(Alpha, "MONTHLY", null), Statement);
        await shop.PlacePaidOrderAsync(Line(Mug, 1));

        var second = await shop.MutateOkAsync("createPayoutStatement", "CreatePayoutStatementInput", Create(Alpha, "MONTHLY", null), Statement);
        var nothingLeft = await shop.MutateAsync("createPayoutStatement", "CreatePayoutStatementInput", Create(Alpha, "MONTHLY", null), Statement);

        Assert.NotEqual(IdOf(first), IdOf(second));
        Assert.Equal(["NOTHING_TO_PAY at input.date"], nothingLeft.UserErrors());
    }

    private static int IdOf(JsonNode payload) => GlobalId.DecodeInt(payload["payoutStatement"]!["id"]!.GetValue<string>(), "PayoutStatement");

    private Task<int> StatementCountAsync(int vendor) => shop.WithDbAsync(db => db.PayoutStatements.CountAsync(s => s.VendorId == vendor));

    private Task<int> UnclaimedAsync(int vendor) => shop.WithDbAsync(db => db.VendorEarnings.CountAsync(e => e.VendorId == vendor && e.PayoutStatementId == null));
}
