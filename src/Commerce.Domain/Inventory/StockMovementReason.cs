namespace Commerce.Domain.Inventory;

/// <summary>Why a stock level changed.</summary>
public enum StockMovementReason
{
    /// <summary>Units set aside for a placed order (reserved +).</summary>
    Reservation = 0,

    /// <summary>A reservation given back, e.g. on cancellation (reserved −).</summary>
    Release = 1,

    /// <summary>Reserved units left the warehouse in a shipment (on hand −, reserved −).</summary>
    Shipment = 2,

    /// <summary>A manual correction, receipt or count (on hand ±).</summary>
    Adjustment = 3,

    // Reasons of a manual adjustment (adjustStock); see StockAdjustments for which way each moves stock.

    /// <summary>Units received from a supplier (on hand +).</summary>
    Restock = 4,

    /// <summary>Units a customer sent back, put back on the shelf (on hand +).</summary>
    Return = 5,

    /// <summary>Units found damaged and written off (on hand −).</summary>
    Damage = 6,

    /// <summary>Units stolen (on hand −).</summary>
    Theft = 7,

    /// <summary>Units lost or expired, cause unknown (on hand −).</summary>
    Loss = 8,

    /// <summary>A stock count or correction of an earlier mistake (on hand ±).</summary>
    Correction = 9,
}
