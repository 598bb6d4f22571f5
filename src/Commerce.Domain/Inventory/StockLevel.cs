using Commerce.Domain.Common;

namespace Commerce.Domain.Inventory;

/// <summary>
/// How many units of one variant one warehouse holds. Reserved units belong to placed but unfulfilled orders;
/// only the rest can be sold.
/// </summary>
public class StockLevel : IEntity
{
    public int Id { get; set; }
    public int VariantId { get; set; }
    public int WarehouseId { get; set; }
    public int OnHand { get; set; }
    public int Reserved { get; set; }

    /// <summary>Below this many available units the variant counts as low on stock.</summary>
    public int LowStockThreshold { get; set; } = 5;

    public DateTime UpdatedAt { get; set; }

    public Catalog.ProductVariant? Variant { get; set; }
    public Warehouse? Warehouse { get; set; }

    public int Available => OnHand - Reserved;
}
