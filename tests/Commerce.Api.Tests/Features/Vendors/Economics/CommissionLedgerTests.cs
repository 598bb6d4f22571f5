using Commerce.Api.Tests.Features.Orders;
using Commerce.Domain.Vendors.Economics;
using Commerce.GraphQL.Server.Relay;
using Microsoft.EntityFrameworkCore;
using static Commerce.Api.Tests.Features.Vendors.Economics.EconomicsShopFactory;

namespace Commerce.Api.Tests.Features.Vendors.Economics;

public sealed class CommissionLedgerTests(EconomicsShopFactory shop) : IClassFixture<EconomicsShopFactory>
{
    /// <summary>The rule, written independently of the production code: half-up rounding of gross × rate.</summary>
    private static long Percent(long gross, int basisPoints) => (long)Math.Round(gross * basisPoints / 10_000m, MidpointRounding.AwayFromZero);

    [Fact]
    public async Task PaidOrder_BooksEachLine_ByDefaultRateCategoryOverridesAndFixedFee()
    {
        await shop.MutateOkAsync("setVendorCommission", "SetVendorCommissionInput",
            new { vendorId = VendorId(Alpha), defaultCommissionRateBasisPoints = 1000, transactionFeeMinorUnits = 30, tiers = Array.Empty<object>() });
        await shop.MutateOkAsync("setCategoryCommissionRate", "SetCategoryCommissionRateInput", new { categoryId = CategoryId(Books), rateBasisPoints = 500 });
        await shop.MutateOkAsync("setCategoryCommissionRate", "SetCategoryCommissionRateInput", new { categoryId = CategoryId(Kitchen), rateBasisPoints = 1200 });
        await shop.MutateOkAsync("setCategoryCommissionRate", "SetCategoryCommissionRateInput", new { categoryId = CategoryId(Kitchen), vendorId = VendorId(Beta), rateBasisPoints = 800 });

        var orderId = await shop.PlacePaidOrderAsync(Line(Apron, 2), Line(Mug, 3), Line(Lamp, 1));

        var entries = await shop.WithDbAsync(db => db.VendorEarnings.Where(e => e.OrderId == orderId).OrderBy(e => e.OrderLineId).ToListAsync());
        var lines = await shop.WithDbAsync(db => db.OrderLines.Where(l => l.OrderId == orderId).OrderBy(l => l.Id).ToListAsync());
        var expected = new[]
        {
            // Alpha's apron: global Kitchen rate 12% (no Alpha override); the order's fee on Alpha's first line.
            (lines[0].Id, Alpha, 4_900L, 1200, Percent(4_900, 1200), 30L),
            // Alpha's mugs: global Books rate 5%, 38.97 × 5% = 1.9485 → 1.95.
            (lines[1].Id, Alpha, 3_897L, 500, Percent(3_897, 500), 0L),
            // Beta's lamp: Beta's own Kitchen rate 8% wins over the global 12%; Beta has no fee.
            (lines[2].Id, Beta, 4_000L, 800, Percent(4_000, 800), 0L),
        };
        Assert.Equal(expected, entries.Select(e => (e.OrderLineId, e.VendorId, e.GrossMinorUnits, e.RateBasisPoints, e.CommissionMinorUnits, e.FeeMinorUnits)));
        Assert.All(entries, e => Assert.Equal(e.GrossMinorUnits - e.CommissionMinorUnits - e.FeeMinorUnits, e.NetMinorUnits));
        Assert.All(entries, e => Assert.Equal(VendorEarningKind.Sale, e.Kind));
    }

    [Fact]
    public async Task SaleEntry_CannotBeBookedTwice_ForOneOrderLine()
    {
        var orderId = await shop.PlacePaidOrderAsync(Line(Poster, 1));
        var flow = new OrderFlow(await shop.ClientAsync());

        var again = await flow.Pay("recordManualPayment", new { orderId = GlobalId.Encode("Order", orderId) });
        var duplicate = await shop.WithDbAsync(async db =>
        {
            var sale = await db.VendorEarnings.AsNoTracking().SingleAsync(e => e.OrderId == orderId);
            db.VendorEarnings.Add(new VendorEarning { EntryKey = sale.EntryKey, VendorId = sale.VendorId, OrderId = orderId, OrderLineId = sale.OrderLineId, PaymentTransactionId = sale.PaymentTransactionId, Currency = "USD" });
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        Assert.NotEmpty(again["userErrors"]!.AsArray());
        Assert.IsType<DbUpdateException>(duplicate);
        Assert.Equal(1, await shop.WithDbAsync(db => db.VendorEarnings.CountAsync(e => e.OrderId == orderId)));
    }

    [Fact]
    public async Task Refunds_ReverseGrossAndCommissionProportionally_AndAFullRefundReversesExactlyAll()
    {
        var orderId = await shop.PlacePaidOrderAsync(Line(Poster, 3), Line(Lamp, 1));
        var order = await shop.WithDbAsync(db => db.Orders.SingleAsync(o => o.Id == orderId));
        var sales = await shop.WithDbAsync(db => db.VendorEarnings.Where(e => e.OrderId == orderId).OrderBy(e => e.OrderLineId).ToListAsync());
        var flow = new OrderFlow(await shop.ClientAsync());
        var id = GlobalId.Encode("Order", orderId);

        await flow.Pay("refundPayment", new { orderId = id, amount = "33.33" });
        var afterPartial = await ReversedAsync(orderId);
        await flow.Pay("refundPayment", new { orderId = id, amount = "10.01" });
        var afterSecond = await ReversedAsync(orderId);
        await flow.Pay("refundPayment", new { orderId = id });
        var afterFull = await ReversedAsync(orderId);

        long Share(long booked, long refunded) => (long)Math.Round((decimal)booked * refunded / order.TotalMinorUnits, MidpointRounding.AwayFromZero);
        Assert.Equal(sales.Select(s => (s.OrderLineId, Share(s.GrossMinorUnits, 3_333), Share(s.CommissionMinorUnits, 3_333))), afterPartial);
        Assert.Equal(sales.Select(s => (s.OrderLineId, Share(s.GrossMinorUnits, 4_334), Share(s.CommissionMinorUnits, 4_334))), afterSecond);
        Assert.Equal(sales.Select(s => (s.OrderLineId, s.GrossMinorUnits, s.CommissionMinorUnits)), afterFull);
        Assert.Equal(3 * sales.Count, await shop.WithDbAsync(db => db.VendorEarnings.CountAsync(e => e.OrderId == orderId && e.Kind == VendorEarningKind.Refund)));
    }

    [Fact]
    public async Task VolumeTier_AppliesOnceTheMonthsPaidGrossReachesItsThreshold()
    {
        await shop.MutateOkAsync("setVendorCommission", "SetVendorCommissionInput", new
        {
            vendorId = VendorId(Gamma), defaultCommissionRateBasisPoints = 2000, transactionFeeMinorUnits = 0,
            tiers = new[] { new { monthlyGmvThreshold = new { amount = "100.00", currencyCode = "USD" }, rateBasisPoints = 1000 } },
        });

        var first = await shop.PlacePaidOrderAsync(Line(Gadget, 2));
        var second = await shop.PlacePaidOrderAsync(Line(Gadget, 1));

        var rates = await shop.WithDbAsync(db => db.VendorEarnings.Where(e => e.OrderId == first || e.OrderId == second)
            .OrderBy(e => e.OrderId).Select(e => new { e.RateBasisPoints, e.CommissionMinorUnits }).ToListAsync());
        // The first order starts the month at 0 (below $100) so pays 20%; after it, $120 was paid, so 10%.
        Assert.Equal([(2000, Percent(12_000, 2000)), (1000, Percent(6_000, 1000))], rates.Select(r => (r.RateBasisPoints, r.CommissionMinorUnits)));
    }

    private Task<List<(int, long, long)>> ReversedAsync(int orderId) => shop.WithDbAsync(async db =>
        (await db.VendorEarnings.Where(e => e.OrderId == orderId && e.Kind == VendorEarningKind.Refund)
            .GroupBy(e => e.OrderLineId)
            .Select(g => new { g.Key, Gross = -g.Sum(e => e.GrossMinorUnits), Commission = -g.Sum(e => e.CommissionMinorUnits) })
            .ToListAsync()).OrderBy(r => r.Key).Select(r => (r.Key, r.Gross, r.Commission)).ToList());
}
