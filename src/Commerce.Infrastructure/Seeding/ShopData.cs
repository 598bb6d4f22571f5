using Commerce.Domain.Inventory;
using Commerce.Domain.Orders;
using Commerce.Domain.Quotes;

namespace Commerce.Infrastructure.Seeding;

/// <summary>A generated shop held entirely in memory.</summary>
public sealed record ShopData(
    ShopDataOptions Options,
    ShopCatalog Catalog,
    IReadOnlyList<Order> Orders,
    IReadOnlyList<StockLevel> StockLevels,
    IReadOnlyList<Quote> Quotes);
