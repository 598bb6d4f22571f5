using System.Text.Json.Nodes;
using Commerce.Api.Tests.Features.Orders;
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

namespace Commerce.Api.Tests.Features.Vendors.Economics;

/// <summary>
/// A tiny marketplace for commission tests, all USD with ZA 15% tax and Standard shipping: vendor 1 Alpha (10%)
/// sells APRON ($24.50, Kitchen) and MUG ($12.99, Books); vendor 2 Beta (15%) sells LAMP ($40.00, Kitchen) and
/// POSTER ($18.75, Art); vendor 3 Gamma (20%) sells GADGET ($60.00, Art). 1,000 of each in stock.
/// </summary>
public sealed class EconomicsShopFactory : CommerceApiFactory
{
    public const int Alpha = 1, Beta = 2, Gamma = 3;
    public const int Kitchen = 1, Books = 2, Art = 3;
    public const int Apron = 1, Mug = 2, Lamp = 3, Poster = 4, Gadget = 5;

    private readonly Lazy<Task> _seeded;

    public EconomicsShopFactory()
        : base(seedDemoData: false, settings: new Dictionary<string, string?> { ["GraphQL:ExposeExceptionDetails"] = "true" }) => _seeded = new Lazy<Task>(SeedAsync);

    public static string VendorId(int id) => GlobalId.Encode("Vendor", id);

    public static string CategoryId(int id) => GlobalId.Encode("Category", id);

    public static object Line(int variant, int quantity) => OrderShopFactory.Line(GlobalId.Encode("ProductVariant", variant), quantity);

    public async Task<GraphQLClient> ClientAsync()
    {
        await _seeded.Value;
        return new GraphQLClient(CreateClient());
    }

    public async Task<T> WithDbAsync<T>(Func<CommerceDbContext, Task<T>> read)
    {
        await _seeded.Value;
        await using var db = await Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>().CreateDbContextAsync();
        return await read(db);
    }

    /// <summary>Places a guest order and records a manual payment for all of it; returns the order's database id.</summary>
    public async Task<int> PlacePaidOrderAsync(params object[] lines)
    {
        var flow = new OrderFlow(await ClientAsync());
        var order = await flow.PlaceAsync(lines);
        var paid = await flow.Pay("recordManualPayment", new { orderId = order["id"]!.GetValue<string>() });
        Assert.Equal("PAID", paid["order"]!["paymentStatus"]!.GetValue<string>());
        return GlobalId.DecodeInt(order["id"]!.GetValue<string>(), "Order");
    }

    /// <summary>Runs a mutation as admin and asserts it had no user errors; returns its payload.</summary>
    public async Task<JsonNode> MutateOkAsync(string mutation, string inputType, object input, string selection = "__typename")
    {
        var payload = await MutateAsync(mutation, inputType, input, selection);
        Assert.Empty(payload.UserErrors());
        return payload;
    }

    /// <summary>The outbox event types written about a payout statement, oldest first.</summary>
    public Task<List<string>> PayoutEventTypesAsync(int statementId) => WithDbAsync(db =>
        db.OutboxMessages.Where(m => m.AggregateType == "PayoutStatement" && m.AggregateId == statementId).OrderBy(m => m.Id).Select(m => m.Type).ToListAsync());

    public async Task<JsonNode> MutateAsync(string mutation, string inputType, object input, string selection = "__typename") =>
        await (await ClientAsync()).MutateAsync(mutation, $$"""
            mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { {{selection}} userErrors { code field message } } }
            """, input);

    private async Task SeedAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>().CreateDbContextAsync();
        var now = DateTime.UtcNow;
        var warehouse = new Warehouse
        {
            Code = "JNB-1", Name = "Johannesburg",
            Address = new Address { FirstName = "Stock", LastName = "Room", Line1 = "2 Main", City = "Johannesburg", PostalCode = "2001", CountryCode = "ZA" },
        };
        var vendors = new[] { (Alpha, "Alpha", 1000), (Beta, "Beta", 1500), (Gamma, "Gamma", 2000) }
            .ToDictionary(v => v.Item1, v => new Vendor
            {
                Id = v.Item1, Name = v.Item2, Slug = v.Item2.ToLowerInvariant(), Email = $"{v.Item2.ToLowerInvariant()}@example.com",
                Status = VendorStatus.Approved, DefaultCommissionRateBasisPoints = v.Item3, CreatedAt = now, UpdatedAt = now,
            });
        var categories = new[] { (Kitchen, "Kitchen"), (Books, "Books"), (Art, "Art") }
            .ToDictionary(c => c.Item1, c => new Category { Id = c.Item1, Name = c.Item2, Slug = c.Item2.ToLowerInvariant() });
        foreach (var (id, sku, vendor, category, price) in new[]
        {
            (Apron, "APRON", Alpha, Kitchen, 2_450L), (Mug, "MUG", Alpha, Books, 1_299L), (Lamp, "LAMP", Beta, Kitchen, 4_000L),
            (Poster, "POSTER", Beta, Art, 1_875L), (Gadget, "GADGET", Gamma, Art, 6_000L),
        })
        {
            var product = new Product
            {
                Vendor = vendors[vendor], Category = categories[category], Name = sku, Slug = sku.ToLowerInvariant(),
                Status = ProductStatus.Active, CreatedAt = now, UpdatedAt = now,
            };
            db.ProductVariants.Add(new ProductVariant
            {
                Id = id, Product = product, Sku = sku, Name = sku, PriceMinorUnits = price, Currency = "USD",
                StockLevels = [new StockLevel { Warehouse = warehouse, OnHand = 1_000 }],
            });
        }

        PricingTables.AddTo(db);
        await db.SaveChangesAsync();
    }
}
