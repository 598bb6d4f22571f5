using System.Security.Cryptography;
using System.Text.Json;
using Commerce.Infrastructure.Seeding;

namespace Commerce.Infrastructure.Tests.Seeding;

/// <summary>Small, fixed shops for generator tests, and a digest of everything a shop holds.</summary>
internal static class SmallShop
{
    public static readonly DateTime Anchor = new(2026, 3, 15, 0, 0, 0, DateTimeKind.Utc);

    public static ShopDataOptions Options(int seed = 7) => new()
    {
        Seed = seed, Anchor = Anchor, Vendors = 4, Categories = 20, Products = 60, Customers = 150, Orders = 800, Quotes = 14, Warehouses = 3,
    };

    public static string Digest(ShopData shop)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new
        {
            shop.Catalog.Vendors, shop.Catalog.Categories, shop.Catalog.Products, shop.Catalog.Warehouses, shop.Catalog.Customers,
            shop.Orders, shop.StockLevels, shop.Quotes,
        });
        return Convert.ToHexString(SHA256.HashData(bytes));
    }
}
