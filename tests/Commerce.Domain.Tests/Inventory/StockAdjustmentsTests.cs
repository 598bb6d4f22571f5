using Commerce.Domain.Inventory;

namespace Commerce.Domain.Tests.Inventory;

public sealed class StockAdjustmentsTests
{
    [Theory]
    [InlineData(StockMovementReason.Restock, 5, true)]
    [InlineData(StockMovementReason.Restock, -5, false)]
    [InlineData(StockMovementReason.Return, 1, true)]
    [InlineData(StockMovementReason.Damage, -2, true)]
    [InlineData(StockMovementReason.Theft, 2, false)]
    [InlineData(StockMovementReason.Loss, -1, true)]
    [InlineData(StockMovementReason.Correction, -7, true)]
    [InlineData(StockMovementReason.Correction, 7, true)]
    [InlineData(StockMovementReason.Correction, 0, false)]
    [InlineData(StockMovementReason.Reservation, 1, false)]
    [InlineData(StockMovementReason.Adjustment, 1, false)]
    public void Fits_AllowsOnlyTheReasonsDirection_WhenAdjustingByHand(StockMovementReason reason, int delta, bool fits) =>
        Assert.Equal(fits, StockAdjustments.Fits(reason, delta));
}
