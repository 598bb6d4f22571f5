using Commerce.Domain.Catalog;
using Commerce.Domain.Customers;
using Commerce.Domain.Fulfillments;
using Commerce.Domain.Inventory;
using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Domain.Quotes;
using Commerce.Domain.Vendors;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Stores what a <see cref="ShopGenerator"/> produces, chunk by chunk: each chunk gets a fresh context and its own
/// transaction, and orders are pulled from the generator's stream only as fast as they are written, so memory stays
/// flat however many orders there are. Each chunk is a list of tables (parents first) and their rows.
/// </summary>
internal sealed class ShopWriter(IDbContextFactory<CommerceDbContext> factory, int chunkSize, SeedProgressMeter meter, bool portable = false)
{
    private readonly ChunkSaver saver = new(factory, portable);

    public async Task WriteAsync(ShopGenerator generator, CancellationToken cancellationToken)
    {
        var catalog = generator.Catalog;
        await SaveAsync(cancellationToken, Table(catalog.Vendors), Table(catalog.Categories), Table(catalog.Warehouses));
        foreach (var products in catalog.Products.Chunk(chunkSize))
        {
            await SaveAsync(cancellationToken, Table(products), Table(products.SelectMany(p => p.Variants)));
        }

        foreach (var customers in catalog.Customers.Chunk(chunkSize * 2))
        {
            await SaveAsync(cancellationToken, Table(customers), Table(customers.SelectMany(c => c.Addresses)));
        }

        meter.Report("catalogue");
        foreach (var orders in generator.GenerateOrders().Chunk(chunkSize))
        {
            await SaveAsync(
                cancellationToken, Table(orders), Table(orders.SelectMany(o => o.Lines)), Table(orders.SelectMany(o => o.Payments)),
                Table(orders.SelectMany(o => o.Fulfillments)), Table(orders.SelectMany(o => o.Fulfillments).SelectMany(f => f.Lines)));
            meter.OrdersWritten(orders.Length);
            meter.Report("orders");
        }

        var quotes = generator.Quotes;
        await SaveAsync(
            cancellationToken, Table(quotes), Table(quotes.SelectMany(q => q.Lines)), Table(quotes.SelectMany(q => q.Revisions)),
            Table(quotes.SelectMany(q => q.Revisions).SelectMany(r => r.Lines)));
        meter.Report("quotes");
        foreach (var levels in generator.CreateStockLevels().Chunk(chunkSize * 5))
        {
            await SaveAsync(cancellationToken, Table(levels));
        }

        meter.Report("done");
    }

    private static (Type Type, string Name, IReadOnlyList<object> Rows) Table<T>(IEnumerable<T> rows)
        where T : class => (typeof(T), TableNames[typeof(T)], [.. rows]);

    private async Task SaveAsync(CancellationToken cancellationToken, params (Type Type, string Name, IReadOnlyList<object> Rows)[] tables)
    {
        await saver.SaveAsync(tables, cancellationToken);
        foreach (var (_, name, rows) in tables)
        {
            meter.Count(name, rows.Count);
        }
    }

    private static readonly Dictionary<Type, string> TableNames = new()
    {
        [typeof(Vendor)] = "Vendors", [typeof(Category)] = "Categories", [typeof(Warehouse)] = "Warehouses",
        [typeof(Product)] = "Products", [typeof(ProductVariant)] = "ProductVariants", [typeof(Customer)] = "Customers",
        [typeof(CustomerAddress)] = "CustomerAddresses", [typeof(Order)] = "Orders", [typeof(OrderLine)] = "OrderLines",
        [typeof(PaymentTransaction)] = "PaymentTransactions", [typeof(Fulfillment)] = "Fulfillments",
        [typeof(FulfillmentLine)] = "FulfillmentLines", [typeof(Quote)] = "Quotes", [typeof(QuoteLine)] = "QuoteLines",
        [typeof(QuoteRevision)] = "QuoteRevisions", [typeof(QuoteRevisionLine)] = "QuoteRevisionLines",
        [typeof(StockLevel)] = "StockLevels",
    };
}
