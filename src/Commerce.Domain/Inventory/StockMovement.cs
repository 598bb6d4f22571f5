using Commerce.Domain.Common;

namespace Commerce.Domain.Inventory;

/// <summary>
/// One change to a stock level, append-only: every reservation, release, shipment and manual adjustment writes
/// one, so a stock level can always be explained. Deltas are signed.
/// </summary>
public class StockMovement : IEntity
{
    public int Id { get; set; }
    public int VariantId { get; set; }
    public int WarehouseId { get; set; }
    public int OnHandDelta { get; set; }
    public int ReservedDelta { get; set; }
    public StockMovementReason Reason { get; set; }

    /// <summary>The order that caused it, for reservations, releases and shipments.</summary>
    public int? OrderId { get; set; }

    /// <summary>Who caused it: the caller's subject ("ApiKey:12", "Customer:5") or "anonymous".</summary>
    public required string Actor { get; set; }

    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
}
