using Commerce.Domain.Orders;
using Commerce.Domain.Quotes;
using Commerce.Infrastructure.Seeding;

namespace Commerce.Infrastructure.Tests.Seeding;

public class ShopGeneratorTests
{
    [Fact]
    public void Generate_ProducesIdenticalData_WhenOptionsAreTheSame()
    {
        var first = SmallShop.Digest(ShopGenerator.Generate(SmallShop.Options()));
        var second = SmallShop.Digest(ShopGenerator.Generate(SmallShop.Options()));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_ProducesDifferentData_WhenSeedDiffers()
    {
        var first = SmallShop.Digest(ShopGenerator.Generate(SmallShop.Options(seed: 7)));
        var second = SmallShop.Digest(ShopGenerator.Generate(SmallShop.Options(seed: 8)));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Generate_WritesRequestedCounts_WhenOptionsAreSmall()
    {
        var shop = ShopGenerator.Generate(SmallShop.Options());

        Assert.Equal(4, shop.Catalog.Vendors.Count);
        Assert.Equal(20, shop.Catalog.Categories.Count);
        Assert.Equal(60, shop.Catalog.Products.Count);
        Assert.Equal(150, shop.Catalog.Customers.Count);
        Assert.Equal(800, shop.Orders.Count);
        Assert.Equal(14, shop.Quotes.Count);
        Assert.Equal(shop.Catalog.Variants.Count * 3, shop.StockLevels.Count);
        Assert.Equal(Enumerable.Range(1, 800), shop.Orders.Select(o => o.Id));
        Assert.Equal("CG-100001", shop.Orders[0].Number);
    }

    [Fact]
    public void Generate_CoversEveryStatus_ForTheDemoSet()
    {
        var shop = ShopGenerator.Generate(ShopDataOptions.Demo(SmallShop.Anchor));

        Assert.Equal(Enum.GetValues<OrderStatus>(), shop.Orders.Select(o => o.Status).Distinct().Order());
        Assert.Equal(Enum.GetValues<PaymentStatus>(), shop.Orders.Select(o => o.PaymentStatus).Distinct().Order());
        Assert.Equal(Enum.GetValues<FulfillmentStatus>(), shop.Orders.Select(o => o.FulfillmentStatus).Distinct().Order());
        Assert.Equal(Enum.GetValues<QuoteStatus>(), shop.Quotes.Select(q => q.Status).Distinct().Order());
        Assert.Equal(Enum.GetValues<SalesChannel>(), shop.Orders.Select(o => o.SourceChannel).Distinct().Order());
        Assert.Contains(shop.Orders, o => o.CustomerId is null);
        Assert.Contains(shop.Orders, o => o.DiscountCode == "WELCOME10");
        Assert.Contains(shop.Orders, o => o.ExternalId?.StartsWith("TAKEALOT-", StringComparison.Ordinal) == true);
        Assert.InRange(shop.Catalog.Categories.Count, 18, 20);
    }

    [Fact]
    public void GenerateOrders_Throws_WhenEnumeratedTwice()
    {
        var generator = new ShopGenerator(SmallShop.Options() with { Orders = 5 });
        _ = generator.GenerateOrders().ToList();

        Assert.Throws<InvalidOperationException>(() => generator.GenerateOrders());
    }

    [Fact]
    public void CreateStockLevels_Throws_BeforeOrdersAreGenerated()
    {
        var generator = new ShopGenerator(SmallShop.Options());

        Assert.Throws<InvalidOperationException>(() => generator.CreateStockLevels());
    }
}
