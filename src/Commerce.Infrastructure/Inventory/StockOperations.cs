using Commerce.Domain.Common;
using Commerce.Domain.Inventory;
using Commerce.Domain.Orders;
using Commerce.Infrastructure.Outbox;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Inventory;

/// <summary>
/// Every change to stock goes through here: one conditional UPDATE (so concurrent writers can never take stock
/// below zero — the database checks the condition under its row or write lock), a <see cref="StockMovement"/> row,
/// and stock.changed / inventory.low / inventory.out_of_stock events, all in the caller's transaction.
/// </summary>
public static class StockOperations
{
    /// <summary>
    /// Reserves <paramref name="quantity"/> units in the first active warehouse (lowest id) that can hold the whole
    /// line; lines are never split across warehouses. Returns the warehouse id, or null when none can.
    /// </summary>
    public static async Task<int?> ReserveAsync(
        this CommerceDbContext db, int variantId, int quantity, int orderId, string actor, CancellationToken cancellationToken = default)
    {
        var candidates = await db.StockLevels
            .Where(s => s.VariantId == variantId && s.Warehouse!.IsActive && s.OnHand - s.Reserved >= quantity)
            .OrderBy(s => s.WarehouseId).Select(s => s.WarehouseId).ToListAsync(cancellationToken);
        foreach (var warehouseId in candidates)
        {
            var changed = await db.StockLevels
                .Where(s => s.VariantId == variantId && s.WarehouseId == warehouseId && s.OnHand - s.Reserved >= quantity)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Reserved, s => s.Reserved + quantity).SetProperty(s => s.UpdatedAt, DateTime.UtcNow), cancellationToken);
            if (changed == 1)
            {
                await db.RecordMovementAsync(new Movement(variantId, warehouseId, 0, quantity, StockMovementReason.Reservation, orderId, actor), cancellationToken);
                return warehouseId;
            }
        }

        return null;
    }

    /// <summary>Units of a variant that can still be sold, over all active warehouses.</summary>
    public static Task<int> AvailableAsync(this CommerceDbContext db, int variantId, CancellationToken cancellationToken = default) =>
        db.StockLevels.Where(s => s.VariantId == variantId && s.Warehouse!.IsActive).SumAsync(s => s.OnHand - s.Reserved, cancellationToken);

    /// <summary>What an order still holds reserved, per variant and warehouse, read from the movement ledger.</summary>
    public static Task<List<ReservedStock>> ReservationsOfAsync(this CommerceDbContext db, int orderId, CancellationToken cancellationToken = default) =>
        db.StockMovements.Where(m => m.OrderId == orderId)
            .GroupBy(m => new { m.VariantId, m.WarehouseId })
            .Where(g => g.Sum(m => m.ReservedDelta) > 0)
            .OrderBy(g => g.Key.VariantId).ThenBy(g => g.Key.WarehouseId)
            .Select(g => new ReservedStock(g.Key.VariantId, g.Key.WarehouseId, g.Sum(m => m.ReservedDelta)))
            .ToListAsync(cancellationToken);

    /// <summary>Gives back everything an order still holds reserved (cancellation).</summary>
    public static async Task ReleaseOrderAsync(this CommerceDbContext db, int orderId, string actor, CancellationToken cancellationToken = default)
    {
        foreach (var held in await db.ReservationsOfAsync(orderId, cancellationToken))
        {
            var changed = await db.StockLevels
                .Where(s => s.VariantId == held.VariantId && s.WarehouseId == held.WarehouseId && s.Reserved >= held.Quantity)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Reserved, s => s.Reserved - held.Quantity).SetProperty(s => s.UpdatedAt, DateTime.UtcNow), cancellationToken);
            EnsureChanged(changed, held.VariantId, held.WarehouseId);
            await db.RecordMovementAsync(new Movement(held.VariantId, held.WarehouseId, 0, -held.Quantity, StockMovementReason.Release, orderId, actor), cancellationToken);
        }
    }

    /// <summary>Reserved units leave the warehouse in a shipment: on hand and reserved both drop. False when not enough is reserved there.</summary>
    public static async Task<bool> ShipReservedAsync(
        this CommerceDbContext db, int variantId, int warehouseId, int quantity, int orderId, string actor, CancellationToken cancellationToken = default)
    {
        var changed = await db.StockLevels
            .Where(s => s.VariantId == variantId && s.WarehouseId == warehouseId && s.Reserved >= quantity && s.OnHand >= quantity)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.OnHand, s => s.OnHand - quantity).SetProperty(s => s.Reserved, s => s.Reserved - quantity)
                .SetProperty(s => s.UpdatedAt, DateTime.UtcNow), cancellationToken);
        if (changed == 1)
        {
            await db.RecordMovementAsync(new Movement(variantId, warehouseId, -quantity, -quantity, StockMovementReason.Shipment, orderId, actor), cancellationToken);
        }

        return changed == 1;
    }

    /// <summary>
    /// Manual on-hand change (receipt, count, correction), recorded with <paramref name="reason"/>. Refused (false)
    /// when it would take on hand below zero or below what is reserved. Creates no stock level: the row must exist.
    /// </summary>
    public static async Task<bool> AdjustOnHandAsync(
        this CommerceDbContext db, int variantId, int warehouseId, int delta, StockMovementReason reason, string actor, string? note,
        CancellationToken cancellationToken = default)
    {
        var changed = await db.StockLevels
            .Where(s => s.VariantId == variantId && s.WarehouseId == warehouseId && s.OnHand + delta >= s.Reserved && s.OnHand + delta >= 0)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.OnHand, s => s.OnHand + delta).SetProperty(s => s.UpdatedAt, DateTime.UtcNow), cancellationToken);
        if (changed == 1)
        {
            await db.RecordMovementAsync(new Movement(variantId, warehouseId, delta, 0, reason, null, actor, note), cancellationToken);
        }

        return changed == 1;
    }

    private static async Task RecordMovementAsync(this CommerceDbContext db, Movement m, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        db.StockMovements.Add(new StockMovement
        {
            VariantId = m.VariantId, WarehouseId = m.WarehouseId, OnHandDelta = m.OnHandDelta, ReservedDelta = m.ReservedDelta,
            Reason = m.Reason, OrderId = m.OrderId, Actor = m.Actor, Note = m.Note, CreatedAt = now,
        });
        var level = await db.StockLevels.AsNoTracking()
            .Where(s => s.VariantId == m.VariantId && s.WarehouseId == m.WarehouseId)
            .Select(s => new { s.OnHand, s.Reserved, s.LowStockThreshold }).SingleAsync(cancellationToken);
        var available = level.OnHand - level.Reserved;
        var data = new { variantId = m.VariantId, warehouseId = m.WarehouseId, level.OnHand, level.Reserved, available, reason = m.Reason.ToString(), m.OrderId };
        db.RecordEvent(new DomainEvent(OrderEvents.StockChanged, "ProductVariant", data), m.VariantId);
        var availabilityDropped = m.OnHandDelta - m.ReservedDelta < 0;
        if (availabilityDropped && available <= 0)
        {
            db.RecordEvent(new DomainEvent(OrderEvents.InventoryOutOfStock, "ProductVariant", data), m.VariantId);
        }
        else if (availabilityDropped && available < level.LowStockThreshold)
        {
            db.RecordEvent(new DomainEvent(OrderEvents.InventoryLow, "ProductVariant", data), m.VariantId);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void EnsureChanged(int changed, int variantId, int warehouseId)
    {
        if (changed != 1)
        {
            throw new InvalidOperationException($"Stock of variant {variantId} in warehouse {warehouseId} no longer matches its movement ledger.");
        }
    }

    private sealed record Movement(
        int VariantId, int WarehouseId, int OnHandDelta, int ReservedDelta, StockMovementReason Reason, int? OrderId, string Actor, string? Note = null);
}

/// <summary>Units an order holds reserved of one variant in one warehouse.</summary>
public sealed record ReservedStock(int VariantId, int WarehouseId, int Quantity);
