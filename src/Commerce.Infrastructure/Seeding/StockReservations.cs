using Commerce.Domain.Orders;

namespace Commerce.Infrastructure.Seeding;

/// <summary>Units held for open orders, per variant per warehouse, gathered while the orders stream past.</summary>
internal sealed class StockReservations(int variantCount, int warehouseCount)
{
    private readonly int[] reserved = new int[(variantCount + 1) * warehouseCount];

    /// <summary>An open order holds what it has not shipped yet; cancelled orders released theirs.</summary>
    public void Reserve(Order order, int warehouseId)
    {
        if (order.Status == OrderStatus.Cancelled)
        {
            return;
        }

        foreach (var line in order.Lines)
        {
            var open = line.Quantity - line.FulfilledQuantity;
            if (open > 0 && line.VariantId is { } variantId)
            {
                reserved[Index(variantId, warehouseId)] += open;
            }
        }
    }

    public int For(int variantId, int warehouseId) => reserved[Index(variantId, warehouseId)];

    private int Index(int variantId, int warehouseId) => (variantId * warehouseCount) + warehouseId - 1;
}
