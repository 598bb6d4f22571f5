using System.Text.Json.Nodes;
using Commerce.Api.Tests.Infrastructure;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Inventory;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.Relay;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Features.Orders;

/// <summary>
/// A host over a tiny, known shop for mutation tests: TEE-S ($20.00, 20 in stock), TEE-M ($15.00, 5 in stock),
/// OLD-1 (archived product, 10 in stock), all sold by vendor 1 "Tee Co", and the demo pricing tables (ZA 15% tax, Standard $5.99).
/// Its <see cref="Clock"/> can be moved to expire tokens and quotes.
/// </summary>
public class OrderShopFactory : CommerceApiFactory
{
    private readonly Lazy<Task> _seeded;

    public OrderShopFactory()
        : this(new AdjustableTimeProvider(), new Dictionary<string, string?>())
    {
    }

    /// <summary>For a derived shop that needs more configuration (e.g. webhook secrets) or services (e.g. a log sink).</summary>
    protected OrderShopFactory(IDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
        : this(new AdjustableTimeProvider(), settings, configureServices: configureServices)
    {
    }

    /// <summary>A shop host with extra <paramref name="settings"/>, over another host's database when <paramref name="databasePath"/> is given.</summary>
    public static OrderShopFactory With(IDictionary<string, string?> settings, string? databasePath = null) =>
        new(new AdjustableTimeProvider(), settings, databasePath);

    private OrderShopFactory(
        AdjustableTimeProvider clock, IDictionary<string, string?>? settings = null, string? databasePath = null, Action<IServiceCollection>? configureServices = null)
        : base(seedDemoData: false, settings: new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["GraphQL:ExposeExceptionDetails"] = "true" },
            configureServices: services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                configureServices?.Invoke(services);
            },
            databasePath: databasePath)
    {
        Clock = clock;
        _seeded = new Lazy<Task>(SeedAsync);
    }

    /// <summary>The host's clock (system time plus an offset tests may move: past a token's lifetime or a quote's validity).</summary>
    public AdjustableTimeProvider Clock { get; }

    public string TeeSmall => GlobalId.Encode("ProductVariant", 1);
    public string TeeMedium => GlobalId.Encode("ProductVariant", 2);
    public string Archived => GlobalId.Encode("ProductVariant", 3);

    public async Task<GraphQLClient> ClientAsync()
    {
        var client = new GraphQLClient(CreateClient());
        await _seeded.Value;
        return client;
    }

    /// <summary>A client sending <c>Authorization: Bearer <paramref name="bearer"/></c>, or no credentials when null.</summary>
    public async Task<GraphQLClient> ClientAsync(string? bearer)
    {
        await _seeded.Value;
        return CreateGraphQLClient(bearer);
    }

    public async Task<T> WithDbAsync<T>(Func<CommerceDbContext, Task<T>> read)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    /// <summary>Row counts a refused mutation must leave unchanged.</summary>
    public Task<string> FootprintAsync() => WithDbAsync(async db =>
        $"orders={await db.Orders.CountAsync()} lines={await db.OrderLines.CountAsync()} payments={await db.PaymentTransactions.CountAsync()} "
        + $"fulfillments={await db.Fulfillments.CountAsync()} movements={await db.StockMovements.CountAsync()} outbox={await db.OutboxMessages.CountAsync()} "
        + $"keys={await db.IdempotencyRecords.CountAsync()} reserved={await db.StockLevels.SumAsync(s => s.Reserved)} onHand={await db.StockLevels.SumAsync(s => s.OnHand)} "
        + $"versions={await db.Orders.SumAsync(o => o.Version)} discountUses={await db.DiscountCodes.SumAsync(d => d.TimesUsed)}");

    public Task<(int OnHand, int Reserved)> StockAsync(int variantId) => WithDbAsync(async db =>
    {
        var level = await db.StockLevels.SingleAsync(s => s.VariantId == variantId);
        return (level.OnHand, level.Reserved);
    });

    public static object Address(string country = "ZA", string? region = "Gauteng") => new
    {
        firstName = "Thandi", lastName = "Mokoena", line1 = "1 Jan Smuts Avenue", city = "Johannesburg",
        region, postalCode = "2001", countryCode = country,
    };

    public static object Line(string variantId, int quantity) => new { variantId, quantity };

    public static object GuestOrder(params object[] lines) => new
    {
        lines, email = "guest@example.com", shippingAddress = Address(), shippingMethod = "Standard",
    };

    private async Task SeedAsync()
    {
        if (await WithDbAsync(db => db.ProductVariants.AnyAsync()))
        {
            return;   // a second host over the first one's database
        }

        await using var db = await Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>().CreateDbContextAsync();
        var now = DateTime.UtcNow;
        var vendor = new Vendor { Name = "Tee Co", Slug = "tee-co", Email = "tees@example.com", Status = VendorStatus.Approved, CreatedAt = now, UpdatedAt = now };
        var tee = new Product { Vendor = vendor, Name = "Tee", Slug = "tee", Status = ProductStatus.Active, CreatedAt = now, UpdatedAt = now };
        var old = new Product { Vendor = vendor, Name = "Old tee", Slug = "old-tee", Status = ProductStatus.Archived, CreatedAt = now, UpdatedAt = now };
        var warehouse = new Warehouse
        {
            Code = "JNB-1", Name = "Johannesburg",
            Address = new Address { FirstName = "Stock", LastName = "Room", Line1 = "2 Main", City = "Johannesburg", PostalCode = "2001", CountryCode = "ZA" },
        };
        db.ProductVariants.AddRange(
            Variant(tee, 1, "TEE-S", 2_000, warehouse, 20),
            Variant(tee, 2, "TEE-M", 1_500, warehouse, 5),
            Variant(old, 3, "OLD-1", 1_000, warehouse, 10));
        PricingTables.AddTo(db);
        await db.SaveChangesAsync();
    }

    private static ProductVariant Variant(Product product, int id, string sku, long price, Warehouse warehouse, int onHand) => new()
    {
        Id = id, Product = product, Sku = sku, Name = sku, PriceMinorUnits = price, Currency = "USD",
        StockLevels = [new StockLevel { Warehouse = warehouse, OnHand = onHand }],
    };
}

/// <summary>Reads of mutation payloads.</summary>
public static class PayloadExtensions
{
    public static JsonArray Errors(this JsonObject data, string mutation) => data[mutation]!["userErrors"]!.AsArray();

    public static List<string> ErrorCodes(this JsonObject data, string mutation) => data.Errors(mutation).Strings("code");
}
