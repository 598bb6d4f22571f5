using Commerce.Domain.Orders;
using Commerce.Infrastructure.Seeding;
using Commerce.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Seeding;

public class DemoDataSeederTests
{
    [Fact]
    public async Task SeedIfEmpty_WritesTheGeneratedShop_WhenDatabaseIsEmpty()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var factory = new TestContextFactory(database);
        var expected = ShopGenerator.Generate(SmallShop.Options());

        var summary = await DemoDataSeeder.SeedIfEmptyAsync(factory, SmallShop.Options());

        Assert.True(summary.Seeded);
        await using var db = database.CreateContext();
        Assert.Equal(expected.Catalog.Products.Count, await db.Products.CountAsync());
        Assert.Equal(expected.Catalog.Variants.Count, await db.ProductVariants.CountAsync());
        Assert.Equal(expected.Orders.Count, await db.Orders.CountAsync());
        Assert.Equal(expected.Orders.Sum(o => o.Lines.Count), await db.OrderLines.CountAsync());
        Assert.Equal(expected.Orders.Sum(o => o.Payments.Count), await db.PaymentTransactions.CountAsync());
        Assert.Equal(expected.StockLevels.Count, await db.StockLevels.CountAsync());
        Assert.Equal(expected.Quotes.Sum(q => q.Revisions.Count), await db.QuoteRevisions.CountAsync());
        Assert.Equal(summary.RowsIn("Orders"), await db.Orders.CountAsync());
        Assert.Equal(expected.Orders.Sum(o => o.TotalMinorUnits), await db.Orders.SumAsync(o => o.TotalMinorUnits));
    }

    [Fact]
    public async Task SeedIfEmpty_RoundTripsThroughEf_WhenReadBack()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await DemoDataSeeder.SeedIfEmptyAsync(new TestContextFactory(database), SmallShop.Options() with { Orders = 50 });
        var expected = ShopGenerator.Generate(SmallShop.Options() with { Orders = 50 });

        await using var db = database.CreateContext();
        var variant = await db.ProductVariants.SingleAsync(v => v.Id == 1);
        var product = await db.Products.SingleAsync(p => p.Id == 1);
        var customer = await db.Customers.Include(c => c.Addresses).SingleAsync(c => c.Id == 1);
        var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Number == expected.Orders[0].Number);

        Assert.Equal(expected.Catalog.Variants[0].Attributes.Select(a => (a.Name, a.Value)), variant.Attributes.Select(a => (a.Name, a.Value)));
        Assert.Equal(expected.Catalog.Products[0].ImageUrls, product.ImageUrls);
        Assert.Equal(expected.Catalog.Customers[0].Tags, customer.Tags);
        Assert.Equal(expected.Catalog.Customers[0].Addresses[0].Address, customer.Addresses.OrderBy(a => a.Id).First().Address);
        Assert.Equal(expected.Orders[0].Status, order.Status);
        Assert.Equal(expected.Orders[0].ShippingAddress, order.ShippingAddress);
        Assert.Equal(expected.Orders[0].PlacedAt, order.PlacedAt);
        Assert.Equal(DateTimeKind.Utc, order.PlacedAt.Kind);
    }

    [Fact]
    public async Task SeedIfEmpty_DoesNothing_WhenDatabaseHasProducts()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var factory = new TestContextFactory(database);
        var small = SmallShop.Options() with { Orders = 20 };
        await DemoDataSeeder.SeedIfEmptyAsync(factory, small);

        var second = await DemoDataSeeder.SeedIfEmptyAsync(factory, small with { Seed = 99, Orders = 40 });

        Assert.False(second.Seeded);
        await using var db = database.CreateContext();
        Assert.Equal(20, await db.Orders.CountAsync());
    }

    [Fact]
    public async Task SeedIfEmpty_WritesTheDemoSet_WithDefaultOptions()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var reports = new List<SeedProgress>();

        var summary = await DemoDataSeeder.SeedIfEmptyAsync(new TestContextFactory(database), null, new SyncProgress(reports.Add));

        Assert.Equal(3_000, summary.RowsIn("Orders"));
        Assert.Equal(300, summary.RowsIn("Products"));
        Assert.Equal(100, reports[^1].Percent);
        await using var db = database.CreateContext();
        Assert.Equal(Enum.GetValues<OrderStatus>().Length, await db.Orders.Select(o => o.Status).Distinct().CountAsync());
    }

    private sealed class SyncProgress(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }
}
