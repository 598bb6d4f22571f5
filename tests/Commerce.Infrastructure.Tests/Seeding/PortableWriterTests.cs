using Commerce.Infrastructure.Seeding;
using Commerce.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Seeding;

/// <summary>
/// SQL Server cannot run here, so the EF path it takes (row by row, one table per SaveChanges, explicit ids) runs
/// on SQLite: it must store exactly what the fast SQLite path stores.
/// </summary>
public class PortableWriterTests
{
    [Fact]
    public async Task Write_StoresTheSameShop_WhenForcedThroughTheEfPath()
    {
        await using var fast = await SqliteTestDatabase.CreateAsync();
        await using var portable = await SqliteTestDatabase.CreateAsync();
        var options = SmallShop.Options() with { Orders = 120 };

        await new ShopWriter(new TestContextFactory(fast), 50, new SeedProgressMeter(options.Orders, null)).WriteAsync(new ShopGenerator(options), default);
        await new ShopWriter(new TestContextFactory(portable), 50, new SeedProgressMeter(options.Orders, null), portable: true).WriteAsync(new ShopGenerator(options), default);

        await using var a = fast.CreateContext();
        await using var b = portable.CreateContext();
        Assert.Equal(await Digest(a), await Digest(b));
        Assert.Equal(120, await b.Orders.CountAsync());
    }

    private static async Task<string> Digest(Commerce.Infrastructure.Persistence.CommerceDbContext db) => string.Join("|",
        await db.Products.CountAsync(), await db.ProductVariants.CountAsync(), await db.StockLevels.SumAsync(s => s.OnHand),
        await db.Customers.CountAsync(), await db.CustomerAddresses.CountAsync(),
        await db.Orders.SumAsync(o => o.TotalMinorUnits), await db.OrderLines.SumAsync(l => (long)l.Quantity * l.Id),
        await db.PaymentTransactions.SumAsync(p => p.AmountMinorUnits), await db.FulfillmentLines.SumAsync(f => f.Quantity),
        await db.QuoteRevisionLines.SumAsync(l => l.UnitPriceMinorUnits), await db.Quotes.CountAsync(q => q.OrderId != null));
}
