namespace Commerce.Domain.Inventory;

/// <summary>
/// The reasons a person may give for changing stock by hand, and which way each moves it: a restock or return
/// adds units, damage, theft and loss remove them, a correction goes either way. Reservations, releases and
/// shipments belong to orders and are never entered by hand.
/// </summary>
public static class StockAdjustments
{
    private static readonly Dictionary<StockMovementReason, int> Directions = new()
    {
        [StockMovementReason.Restock] = 1,
        [StockMovementReason.Return] = 1,
        [StockMovementReason.Damage] = -1,
        [StockMovementReason.Theft] = -1,
        [StockMovementReason.Loss] = -1,
        [StockMovementReason.Correction] = 0,
    };

    public static IReadOnlyCollection<StockMovementReason> Reasons => Directions.Keys;

    public static bool IsManual(StockMovementReason reason) => Directions.ContainsKey(reason);

    /// <summary>+1 when the reason only adds units, −1 when it only removes them, 0 when either way.</summary>
    public static int Direction(StockMovementReason reason) => Directions[reason];

    /// <summary>True when <paramref name="delta"/> is non-zero and goes the way <paramref name="reason"/> allows.</summary>
    public static bool Fits(StockMovementReason reason, int delta) =>
        delta != 0 && IsManual(reason) && (Direction(reason) == 0 || Math.Sign(delta) == Direction(reason));
}
