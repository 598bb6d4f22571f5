using Commerce.Domain.Catalog;
using Commerce.Domain.Fulfillments;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Domain.Quotes;
using Commerce.Infrastructure.Seeding;

namespace Commerce.Infrastructure.Tests.Seeding;

/// <summary>Rules every generated shop keeps, checked over a small one.</summary>
public class ShopInvariantsTests
{
    private static readonly ShopData Shop = ShopGenerator.Generate(SmallShop.Options());
    private static readonly Dictionary<int, ProductVariant> Variants = Shop.Catalog.Variants.ToDictionary(v => v.Id);

    [Fact]
    public void Orders_HaveConsistentTotals_Always()
    {
        foreach (var order in Shop.Orders)
        {
            Assert.InRange(order.Lines.Count, 1, 5);
            Assert.Equal(order.Lines.Sum(l => l.LineTotalMinorUnits), order.SubtotalMinorUnits);
            Assert.All(order.Lines, l => Assert.Equal((l.Quantity * l.UnitPriceMinorUnits) - l.DiscountMinorUnits, l.LineTotalMinorUnits));
            Assert.Equal(order.SubtotalMinorUnits - order.DiscountMinorUnits + order.ShippingMinorUnits + order.TaxMinorUnits, order.TotalMinorUnits);
            Assert.Equal(order.TaxMinorUnits, order.Lines.Sum(l => l.TaxMinorUnits));
            Assert.InRange(order.DiscountMinorUnits, 0, order.SubtotalMinorUnits);
        }
    }

    [Fact]
    public void OrderLines_SnapshotTheVariant_WhenNotFromAQuote()
    {
        var products = Shop.Catalog.Products.ToDictionary(p => p.Id);
        foreach (var order in Shop.Orders.Where(o => o.SourceChannel != SalesChannel.Quote))
        {
            foreach (var line in order.Lines)
            {
                var variant = Variants[line.VariantId!.Value];
                Assert.Equal(variant.PriceMinorUnits, line.UnitPriceMinorUnits);
                Assert.Equal(variant.Sku, line.Sku);
                Assert.Equal(variant.Name, line.VariantName);
                Assert.Equal(products[variant.ProductId].Name, line.ProductName);
                Assert.Equal(products[variant.ProductId].VendorId, line.VendorId);
            }
        }
    }

    [Fact]
    public void PaymentLedger_MatchesPaymentStatus_Always()
    {
        foreach (var order in Shop.Orders)
        {
            Assert.Equal(order.PaymentStatus, PaymentStatusRules.Derive(order.TotalMinorUnits, order.Payments));
            var ok = order.Payments.Where(p => p.Status == PaymentTransactionStatus.Succeeded).ToList();
            var captured = ok.Where(p => p.Kind is PaymentTransactionKind.Capture or PaymentTransactionKind.ManualPayment).Sum(p => p.AmountMinorUnits);
            var refunded = ok.Where(p => p.Kind == PaymentTransactionKind.Refund).Sum(p => p.AmountMinorUnits);
            Assert.InRange(refunded, 0, captured);
            switch (order.PaymentStatus)
            {
                case PaymentStatus.Paid: Assert.Equal(order.TotalMinorUnits, captured); break;
                case PaymentStatus.Refunded: Assert.Equal(captured, refunded); break;
                case PaymentStatus.PartiallyRefunded: Assert.InRange(refunded, 1, captured - 1); break;
                case PaymentStatus.PartiallyPaid: Assert.InRange(captured, 1, order.TotalMinorUnits - 1); break;
            }

            var ids = order.Payments.Select(p => p.Id).ToHashSet();
            Assert.All(order.Payments.Where(p => p.ParentTransactionId is not null), p => Assert.Contains(p.ParentTransactionId!.Value, ids));
            Assert.All(order.Payments, p => Assert.StartsWith(p.Provider == "test" ? "tx_" : "man_", p.ProviderReference, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Fulfillments_NeverExceedOrderedQuantities_AndDeliveredOrdersAreComplete()
    {
        foreach (var order in Shop.Orders)
        {
            var shippedByLine = order.Fulfillments.Where(f => f.State is FulfillmentState.Shipped or FulfillmentState.Delivered)
                .SelectMany(f => f.Lines).GroupBy(l => l.OrderLineId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
            foreach (var line in order.Lines)
            {
                Assert.InRange(line.FulfilledQuantity, 0, line.Quantity);
                Assert.Equal(shippedByLine.GetValueOrDefault(line.Id), line.FulfilledQuantity);
            }

            if (order.Status is OrderStatus.Delivered or OrderStatus.Fulfilled)
            {
                Assert.All(order.Lines, l => Assert.Equal(l.Quantity, l.FulfilledQuantity));
            }

            if (order.Status == OrderStatus.Cancelled)
            {
                Assert.Empty(order.Fulfillments);
            }
        }
    }

    [Fact]
    public void StockLevels_ReserveExactlyTheOpenOrders_AndNeverExceedOnHand()
    {
        var open = Shop.Orders.Where(o => o.Status != OrderStatus.Cancelled).SelectMany(o => o.Lines).Sum(l => l.Quantity - l.FulfilledQuantity);

        Assert.All(Shop.StockLevels, s => Assert.InRange(s.Reserved, 0, s.OnHand));
        Assert.Equal(open, Shop.StockLevels.Sum(s => s.Reserved));
        Assert.Contains(Shop.StockLevels, s => s.OnHand == 0);
        Assert.Equal(Shop.StockLevels.Count, Shop.StockLevels.Select(s => (s.VariantId, s.WarehouseId)).Distinct().Count());
    }

    [Fact]
    public void Timestamps_FallInTheYearBeforeTheAnchor_InLifeCycleOrder()
    {
        var anchor = SmallShop.Anchor;
        Assert.Equal(Shop.Orders.OrderBy(o => o.PlacedAt).ThenBy(o => o.Id).Select(o => o.Id), Shop.Orders.Select(o => o.Id));
        foreach (var order in Shop.Orders)
        {
            Assert.InRange(order.PlacedAt, anchor.AddDays(-365), anchor);
            Assert.InRange(order.UpdatedAt, order.PlacedAt, anchor);
            Assert.True(order.ConfirmedAt is null || order.ConfirmedAt >= order.PlacedAt);
            Assert.True(order.DeliveredAt is null || order.DeliveredAt <= anchor);
            foreach (var f in order.Fulfillments)
            {
                Assert.True(order.ConfirmedAt <= f.CreatedAt);
                Assert.True(f.ShippedAt is null || (f.CreatedAt <= f.ShippedAt && f.ShippedAt <= (f.DeliveredAt ?? anchor)));
            }

            Assert.All(order.Payments, p => Assert.InRange(p.CreatedAt, order.PlacedAt, anchor));
            if (order.CustomerId is { } customerId)
            {
                Assert.True(Shop.Catalog.Customers[customerId - 1].CreatedAt <= order.PlacedAt);
            }
        }
    }

    [Fact]
    public void Identifiers_AreUnique_WhereTheDatabaseRequiresIt()
    {
        AssertUnique(Shop.Catalog.Products.Select(p => p.Slug));
        AssertUnique(Shop.Catalog.Variants.Select(v => v.Sku));
        AssertUnique(Shop.Catalog.Customers.Select(c => c.Email));
        AssertUnique(Shop.Catalog.Categories.Select(c => c.Slug));
        AssertUnique(Shop.Orders.Select(o => o.Number));
        AssertUnique(Shop.Orders.Where(o => o.ExternalId is not null).Select(o => $"{o.SourceChannel}/{o.ExternalId}"));
        AssertUnique(Shop.Quotes.Select(q => q.Number));
    }

    [Fact]
    public void Quotes_AlternateSellerAndBuyer_AndAcceptedOnesBecomeOrders()
    {
        var orders = Shop.Orders.ToDictionary(o => o.Id);
        foreach (var quote in Shop.Quotes)
        {
            Assert.Equal(Enumerable.Range(1, quote.Revisions.Count), quote.Revisions.Select(r => r.Number));
            Assert.All(quote.Revisions, r => Assert.Equal(r.Number % 2 == 1 ? QuoteParty.Seller : QuoteParty.Buyer, r.Author));
            var sellerTotals = quote.Revisions.Where(r => r.Author == QuoteParty.Seller).Select(r => r.TotalMinorUnits).ToList();
            Assert.Equal(sellerTotals.OrderDescending(), sellerTotals);
            for (var i = 1; i < quote.Revisions.Count; i += 2)
            {
                Assert.True(quote.Revisions[i].TotalMinorUnits <= quote.Revisions[i - 1].TotalMinorUnits, "a counter-offer asks for less than the offer it answers");
            }

            Assert.Equal(quote.Status == QuoteStatus.Accepted, quote.OrderId is not null);
            if (quote.OrderId is { } orderId)
            {
                var order = orders[orderId];
                Assert.Equal(SalesChannel.Quote, order.SourceChannel);
                Assert.Equal(quote.Revisions[^1].Lines.Select(l => (l.VariantId, l.Quantity, l.UnitPriceMinorUnits)),
                    order.Lines.Select(l => (l.VariantId!.Value, l.Quantity, l.UnitPriceMinorUnits)));
            }

            if (quote.Status is QuoteStatus.Offered or QuoteStatus.CounterOffered)
            {
                Assert.True(quote.ValidUntil > SmallShop.Anchor);
            }
        }
    }

    private static void AssertUnique(IEnumerable<string> values)
    {
        var list = values.ToList();
        Assert.Equal(list.Count, list.Distinct(StringComparer.Ordinal).Count());
    }
}
