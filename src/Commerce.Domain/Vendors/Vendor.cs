using Commerce.Domain.Common;

namespace Commerce.Domain.Vendors;

/// <summary>A seller on the marketplace: owns products and earns on the order lines it sells.</summary>
public class Vendor : IEntity
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public required string Email { get; set; }
    public VendorStatus Status { get; set; } = VendorStatus.Pending;

    /// <summary>Default commission the marketplace keeps, in basis points (1250 = 12.5%).</summary>
    public int DefaultCommissionRateBasisPoints { get; set; }

    /// <summary>
    /// Fixed fee per paid order, in minor units of the order's currency (30 = 0.30 USD), booked on the vendor's
    /// first line of the order (the lowest line id).
    /// </summary>
    public long TransactionFeeMinorUnits { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<Catalog.Product> Products { get; set; } = [];

    /// <summary>Moves to <paramref name="target"/> when <see cref="VendorTransitions"/> allows it; false otherwise.</summary>
    public bool TryMoveTo(VendorStatus target, DateTime now)
    {
        if (!VendorTransitions.CanMove(Status, target))
        {
            return false;
        }

        Status = target;
        UpdatedAt = now;
        return true;
    }
}
