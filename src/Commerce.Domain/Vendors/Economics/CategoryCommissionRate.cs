using Commerce.Domain.Common;

namespace Commerce.Domain.Vendors.Economics;

/// <summary>
/// A commission rate for the products of one category: for one vendor (<see cref="VendorId"/> set) or for every
/// vendor (null). The vendor's own override wins over the marketplace-wide one; see <see cref="CommissionRules"/>.
/// </summary>
public class CategoryCommissionRate : IEntity
{
    public int Id { get; set; }
    public int CategoryId { get; set; }
    public int? VendorId { get; set; }

    /// <summary>Commission in basis points (1250 = 12.5%).</summary>
    public int RateBasisPoints { get; set; }

    public DateTime UpdatedAt { get; set; }
}
