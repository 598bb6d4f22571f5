using Commerce.Domain.Catalog;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Reporting;

/// <summary>
/// The daily rollups must always equal what the raw orders, lines and ledger add up to: after inserts of several
/// orders in one save, refunds, failed refunds, cancellations (with refunds already booked), a refund on a cancelled
/// order, and a ledger entry changed after the fact.
/// </summary>
public class SalesRollupTriggersTests
{
    private static readonly DateTime Day = new(2026, 5, 4, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Rollups_EqualTheRawSales_ThroughARandomWorkload()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var (products, random) = (await CatalogAsync(database), new Random(7));

        for (var round = 0; round < 12; round++)
        {
            await using var db = database.CreateContext();
            db.Orders.AddRange(Enumerable.Range(0, 5).Select(i => NewOrder(random, products, $"R{round}-{i}")));
            await db.SaveChangesAsync();

            var orders = await db.Orders.OrderBy(o => o.Id).ToListAsync();
            foreach (var order in orders.OrderBy(_ => random.Next()).Take(3))
            {
                var succeeded = random.Next(4) > 0;
                db.PaymentTransactions.Add(Refund(order, random.Next(1, 500), succeeded));
            }

            await db.SaveChangesAsync();
            foreach (var order in orders.Where(o => o.Status != OrderStatus.Cancelled).OrderBy(_ => random.Next()).Take(2))
            {
                order.Status = OrderStatus.Cancelled;
            }

            await db.SaveChangesAsync();
            await AssertRollupsMatchAsync(database);
        }

        await using (var db = database.CreateContext())
        {
            var failed = await db.PaymentTransactions.FirstAsync(p => p.Kind == PaymentTransactionKind.Refund && p.Status == PaymentTransactionStatus.Failed
                && p.Order!.Status != OrderStatus.Cancelled);
            failed.Status = PaymentTransactionStatus.Succeeded;
            await db.SaveChangesAsync();
        }

        await AssertRollupsMatchAsync(database);
    }

    [Fact]
    public async Task Rollups_EqualTheRawSales_WhenWritersRaceOnTheSameDays()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var products = await CatalogAsync(database);

        // Eight writers, each with its own connection, placing, refunding and cancelling orders on the same four days:
        // every upsert of a shared day row must land (SQLite serializes the write transactions; none may be lost).
        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            var random = new Random(writer);
            for (var i = 0; i < 10; i++)
            {
                await using var db = database.CreateContext();
                var order = NewOrder(random, products, $"W{writer}-{i}");
                db.Orders.Add(order);
                await db.SaveChangesAsync();
                db.PaymentTransactions.Add(Refund(order, random.Next(1, 300), succeeded: true));
                if (i % 3 == 0)
                {
                    order.Status = OrderStatus.Cancelled;
                }

                await db.SaveChangesAsync();
            }
        })));

        await AssertRollupsMatchAsync(database);
        await using var check = database.CreateContext();
        Assert.Equal(80, await check.Orders.CountAsync());
    }

    [Fact]
    public async Task Rollups_LeaveOutOrdersInsertedAsCancelled_AndTheirLinesAndRefunds()
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        var products = await CatalogAsync(database);
        await using var db = database.CreateContext();
        var cancelled = NewOrder(new Random(1), products, "C-1");
        cancelled.Status = OrderStatus.Cancelled;
        db.Orders.Add(cancelled);
        await db.SaveChangesAsync();
        db.PaymentTransactions.Add(Refund(cancelled, 100, succeeded: true));
        await db.SaveChangesAsync();

        Assert.Equal(0, await db.DailySales.SumAsync(d => d.OrderCount + d.RevenueMinorUnits + d.RefundedMinorUnits));
        Assert.Equal(0, await db.DailyProductSales.SumAsync(d => d.Units + d.RevenueMinorUnits));
    }

    private static async Task AssertRollupsMatchAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        var orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.Payments)
            .Where(o => o.Status != OrderStatus.Cancelled).ToListAsync();
        var expectedDays = orders.GroupBy(o => (o.Currency, DateOnly.FromDateTime(o.PlacedAt)))
            .Select(g => (g.Key.Currency, g.Key.Item2, (long)g.Count(), g.Sum(o => o.TotalMinorUnits),
                g.SelectMany(o => o.Payments).Where(p => p.Kind == PaymentTransactionKind.Refund && p.Status == PaymentTransactionStatus.Succeeded)
                    .Sum(p => p.AmountMinorUnits)))
            .OrderBy(d => d.Currency).ThenBy(d => d.Item2).ToList();
        var actualDays = (await db.DailySales.AsNoTracking().ToListAsync())
            .Where(d => d.OrderCount != 0 || d.RevenueMinorUnits != 0 || d.RefundedMinorUnits != 0)
            .Select(d => (d.Currency, d.Day, d.OrderCount, d.RevenueMinorUnits, d.RefundedMinorUnits))
            .OrderBy(d => d.Currency).ThenBy(d => d.Day).ToList();
        Assert.Equal(expectedDays, actualDays);

        var expectedProducts = orders.SelectMany(o => o.Lines.Select(l => (o.Currency, Day: DateOnly.FromDateTime(o.PlacedAt), l)))
            .GroupBy(x => (x.Currency, x.Day, x.l.ProductId ?? 0, x.l.VendorId ?? 0))
            .Select(g => (g.Key.Currency, g.Key.Day, g.Key.Item3, g.Key.Item4, g.Sum(x => (long)x.l.Quantity), g.Sum(x => x.l.LineTotalMinorUnits)))
            .Order().ToList();
        var actualProducts = (await db.DailyProductSales.AsNoTracking().ToListAsync())
            .Where(d => d.Units != 0 || d.RevenueMinorUnits != 0)
            .Select(d => (d.Currency, d.Day, d.ProductId, d.VendorId, d.Units, d.RevenueMinorUnits))
            .Order().ToList();
        Assert.Equal(expectedProducts, actualProducts);
        Assert.NotEmpty(actualProducts);
    }

    private static Order NewOrder(Random random, IReadOnlyList<Product?> products, string number)
    {
        var placedAt = Day.AddDays(random.Next(4)).AddMinutes(random.Next(24 * 60));
        var lines = Enumerable.Range(0, random.Next(1, 4)).Select(i =>
        {
            var product = products[random.Next(products.Count)];
            var quantity = random.Next(1, 5);
            return new OrderLine
            {
                ProductId = product?.Id, VendorId = product?.VendorId, Sku = $"{number}-{i}", ProductName = product?.Name ?? "Gone",
                VariantName = "Default", Quantity = quantity, UnitPriceMinorUnits = 1_000 + i, LineTotalMinorUnits = quantity * (1_000 + i),
            };
        }).ToList();
        var subtotal = lines.Sum(l => l.LineTotalMinorUnits);
        return new Order
        {
            Number = number, Email = "buyer@example.com", Currency = random.Next(3) == 0 ? "USD" : "EUR",
            Status = random.Next(6) == 0 ? OrderStatus.Cancelled : OrderStatus.Placed, SubtotalMinorUnits = subtotal,
            ShippingMinorUnits = 495, TotalMinorUnits = subtotal + 495, PlacedAt = placedAt, UpdatedAt = placedAt, Lines = lines,
        };
    }

    private static PaymentTransaction Refund(Order order, long amount, bool succeeded) => new()
    {
        OrderId = order.Id, Kind = PaymentTransactionKind.Refund, Currency = order.Currency, AmountMinorUnits = amount,
        Status = succeeded ? PaymentTransactionStatus.Succeeded : PaymentTransactionStatus.Failed, Provider = "test",
        CreatedAt = order.PlacedAt.AddDays(1),
    };

    /// <summary>Two vendors' products, and a line without a product (a product deleted since).</summary>
    private static async Task<IReadOnlyList<Product?>> CatalogAsync(SqliteTestDatabase database)
    {
        await using var db = database.CreateContext();
        var vendors = new[] { SampleGraph.Vendor(), SampleGraph.Vendor() };
        vendors[1].Slug = "second-vendor";
        var products = Enumerable.Range(0, 4).Select(i =>
        {
            var product = SampleGraph.Product(vendors[i % 2]);
            product.Slug = $"product-{i}";
            return product;
        }).ToList();
        db.Products.AddRange(products);
        await db.SaveChangesAsync();
        return [.. products, null];
    }
}
