using Commerce.Domain.Catalog;
using Commerce.Domain.Inventory;
using Commerce.Domain.Orders;
using Commerce.Domain.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Persistence;

public class SqliteMigrationsTests
{
    [Fact]
    public async Task Migrate_CreatesEveryTable_OnAFreshFile()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var context = database.CreateContext();

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        foreach (var table in context.Model.GetEntityTypes().Select(e => e.GetTableName()!))
        {
            var exists = await context.Database
                .SqlQuery<int>($"SELECT COUNT(*) AS Value FROM sqlite_master WHERE type = 'table' AND name = {table}")
                .SingleAsync();
            Assert.Equal(1, exists);
        }
    }

    [Fact]
    public async Task SaveChanges_RoundTripsEveryValue_ForAFullObjectGraph()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using (var context = database.CreateContext())
        {
            var vendor = SampleGraph.Vendor();
            var product = SampleGraph.Product(vendor, new Category { Name = "Knitwear", Slug = "knitwear" });
            var variant = SampleGraph.Variant(product, "MER-NAVY-M");
            product.Variants = [variant, SampleGraph.Variant(product, "MER-NAVY-L")];
            var warehouse = new Warehouse { Code = "LON-1", Name = "London", Address = SampleGraph.Address("1 Dock Rd") };
            var customer = SampleGraph.Customer();
            context.AddRange(product, warehouse, customer);
            context.StockLevels.Add(new StockLevel
            {
                Variant = variant, Warehouse = warehouse, OnHand = 10, Reserved = 2, UpdatedAt = SampleGraph.Now,
            });
            var order = SampleGraph.Order(customer, variant, warehouse);
            context.Orders.Add(order);
            context.Quotes.Add(SampleGraph.Quote(customer, vendor, variant));
            await context.SaveChangesAsync();
        }

        await using var reader = database.CreateContext();
        var saved = await reader.Products.AsNoTracking()
            .Include(p => p.Vendor).Include(p => p.Category).Include(p => p.Variants).ThenInclude(v => v.StockLevels)
            .SingleAsync();
        var savedOrder = await reader.Orders.AsNoTracking()
            .Include(o => o.Customer!.Addresses).Include(o => o.Lines).Include(o => o.Payments)
            .Include(o => o.Fulfillments).ThenInclude(f => f.Lines).Include(o => o.Fulfillments).ThenInclude(f => f.Warehouse)
            .SingleAsync();
        var savedQuote = await reader.Quotes.AsNoTracking()
            .Include(q => q.Lines).Include(q => q.Revisions).ThenInclude(r => r.Lines)
            .SingleAsync();

        AssertCatalogue(saved);
        AssertOrder(savedOrder);
        AssertQuote(savedQuote);
    }

    private static void AssertCatalogue(Product product)
    {
        Assert.Equal(ProductStatus.Active, product.Status);
        Assert.Equal(["https://img.example/1.jpg", "https://img.example/2.jpg"], product.ImageUrls);
        Assert.Equal("knitwear", product.Category!.Slug);
        Assert.Equal(1250, product.Vendor!.DefaultCommissionRateBasisPoints);
        AssertUtc(SampleGraph.Now, product.CreatedAt);
        var variant = product.Variants.Single(v => v.Sku == "MER-NAVY-M");
        Assert.Equal((8_999L, 11_999L, "EUR"), (variant.PriceMinorUnits, variant.CompareAtPriceMinorUnits, variant.Currency));
        Assert.Equal([("Colour", "Navy"), ("Size", "M")], variant.Attributes.Select(a => (a.Name, a.Value)));
        Assert.Equal((10, 2), (variant.StockLevels.Single().OnHand, variant.StockLevels.Single().Reserved));
    }

    private static void AssertOrder(Order order)
    {
        Assert.Equal((OrderStatus.Fulfilled, PaymentStatus.Paid, SalesChannel.Marketplace),
            (order.Status, order.PaymentStatus, order.SourceChannel));
        Assert.Equal(SampleGraph.Address("1 Home Street"), order.ShippingAddress);
        Assert.Null(order.BillingAddress);
        Assert.Equal(19_593, order.TotalMinorUnits);
        AssertUtc(SampleGraph.Now.AddMinutes(5), order.ConfirmedAt!.Value);
        Assert.Null(order.CancelledAt);
        Assert.Equal(["vip", "wholesale"], order.Customer!.Tags);
        Assert.Equal(SampleGraph.Address("1 Home Street"), order.Customer.Addresses.Single().Address);
        Assert.Equal((2, 17_498L), (order.Lines.Single().Quantity, order.Lines.Single().LineTotalMinorUnits));
        Assert.Equal("ch_1", order.Payments.Single().ProviderReference);
        var fulfillment = order.Fulfillments.Single();
        Assert.Equal(SampleGraph.Address("1 Dock Rd"), fulfillment.Warehouse!.Address);
        Assert.Equal(order.Lines.Single().Id, fulfillment.Lines.Single().OrderLineId);
        AssertUtc(SampleGraph.Now.AddHours(3), fulfillment.ShippedAt!.Value);
    }

    private static void AssertQuote(Quote quote)
    {
        Assert.Equal(QuoteStatus.CounterOffered, quote.Status);
        Assert.Equal(new DateOnly(2026, 4, 1), quote.RequestedDeliveryDate);
        Assert.Null(quote.ShippingAddress);
        Assert.Equal(SampleGraph.Address("9 Office Road"), quote.BillingAddress);
        Assert.Equal("Logo on chest", quote.Lines.Single().Requirements);
        Assert.Equal([(1, QuoteParty.Seller, 750_000L), (2, QuoteParty.Buyer, 700_000L)],
            quote.Revisions.OrderBy(r => r.Number).Select(r => (r.Number, r.Author, r.TotalMinorUnits)));
        Assert.All(quote.Revisions, r => Assert.Equal(r.TotalMinorUnits / 100, r.Lines.Single().UnitPriceMinorUnits));
    }

    private static void AssertUtc(DateTime expected, DateTime actual)
    {
        Assert.Equal(DateTimeKind.Utc, actual.Kind);
        Assert.Equal(expected, actual);
    }
}
