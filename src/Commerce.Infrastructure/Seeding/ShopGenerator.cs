using Commerce.Domain.Inventory;
using Commerce.Domain.Orders;
using Commerce.Domain.Quotes;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Generates a whole shop, deterministically from <see cref="ShopDataOptions"/>. The catalogue and quotes are
/// built up front; orders are streamed (<see cref="GenerateOrders"/>) so a writer can store them chunk by chunk;
/// stock levels come last because open orders decide what is reserved.
/// </summary>
public sealed class ShopGenerator
{
    private readonly StockReservations reservations;
    private readonly List<AcceptedQuote> accepted;
    private bool ordersStarted;
    private bool ordersDone;

    public ShopGenerator(ShopDataOptions options)
    {
        options.Validate();
        Options = options;
        var vendors = VendorGenerator.Create(SeedStreams.For(options.Seed, SeedStream.Vendors), options.Vendors, options.Anchor);
        var categories = CategoryGenerator.Create(options.Categories);
        var products = ProductGenerator.Create(SeedStreams.For(options.Seed, SeedStream.Products), options.Products, options.Anchor, vendors, categories);
        var customers = CustomerGenerator.Create(SeedStreams.For(options.Seed, SeedStream.Customers), options.Customers, options.Anchor);
        Catalog = new ShopCatalog(vendors, [.. categories.Select(c => c.Category)], products, WarehouseSites.Create(options.Warehouses), customers);
        (var quotes, accepted) = new QuoteGenerator(Catalog, options.Anchor).Create(SeedStreams.For(options.Seed, SeedStream.Quotes), options.Quotes, options.Orders);
        Quotes = quotes;
        reservations = new StockReservations(Catalog.Variants.Count, Catalog.Warehouses.Count);
    }

    public ShopDataOptions Options { get; }

    public ShopCatalog Catalog { get; }

    /// <summary>All quotes with lines and revisions. Accepted quotes get their <see cref="Quote.OrderId"/> as the orders are generated.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Streams <see cref="ShopDataOptions.Orders"/> orders with lines, payments and fulfillments. Enumerate once.</summary>
    public IEnumerable<Order> GenerateOrders()
    {
        if (ordersStarted)
        {
            throw new InvalidOperationException("Orders can be generated once per generator.");
        }

        ordersStarted = true;
        return Stream();

        IEnumerable<Order> Stream()
        {
            foreach (var order in new OrderGenerator(Catalog, Options, accepted, reservations).Generate())
            {
                yield return order;
            }

            ordersDone = true;
        }
    }

    /// <summary>Stock per variant per warehouse, with reservations matching the open orders. Call after all orders.</summary>
    public IReadOnlyList<StockLevel> CreateStockLevels() => ordersDone
        ? StockGenerator.Create(SeedStreams.For(Options.Seed, SeedStream.Stock), Catalog, reservations, Options.Anchor)
        : throw new InvalidOperationException("Generate (and enumerate) all orders before stock levels: open orders decide the reservations.");

    /// <summary>The whole shop in memory; for tests and small shops. Writers stream instead.</summary>
    public static ShopData Generate(ShopDataOptions options)
    {
        var generator = new ShopGenerator(options);
        var orders = generator.GenerateOrders().ToList();
        return new ShopData(options, generator.Catalog, orders, generator.CreateStockLevels(), generator.Quotes);
    }
}
