using Commerce.Domain.Catalog;
using Commerce.Domain.Inventory;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Stock per variant per warehouse: mostly healthy, some low, some sold out. On hand always covers what open
/// orders reserved there, so reserved ≤ on hand holds everywhere.
/// </summary>
internal static class StockGenerator
{
    public static List<StockLevel> Create(Random random, ShopCatalog catalog, StockReservations reservations, DateTime anchor)
    {
        var levels = new List<StockLevel>(catalog.Variants.Count * catalog.Warehouses.Count);
        foreach (var variant in catalog.Variants)
        {
            var draft = catalog.Products[variant.ProductId - 1].Status == ProductStatus.Draft;
            foreach (var warehouse in catalog.Warehouses)
            {
                var reserved = reservations.For(variant.Id, warehouse.Id);
                var onHand = draft ? random.Between(0, 20) : random.Weighted([8, 12, 80]) switch
                {
                    0 => 0,
                    1 => random.Between(1, 5),
                    _ => random.Between(10, 250),
                };
                levels.Add(new StockLevel
                {
                    Id = levels.Count + 1,
                    VariantId = variant.Id,
                    WarehouseId = warehouse.Id,
                    OnHand = reserved > onHand ? reserved + random.Between(0, 3) : onHand,
                    Reserved = reserved,
                    LowStockThreshold = random.Chance(0.7) ? 5 : 10,
                    UpdatedAt = anchor - random.Minutes(5, 14 * 24 * 60),
                });
            }
        }

        return levels;
    }
}
