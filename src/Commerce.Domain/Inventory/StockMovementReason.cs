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
}
