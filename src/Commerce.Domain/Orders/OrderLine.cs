using Commerce.Domain.Common;

namespace Commerce.Domain.Orders;

/// <summary>
/// One line of an order with a snapshot of what was bought at which price. The variant and vendor links stay
/// for navigation and vendor attribution; the snapshot fields are what the order is held to.
/// </summary>
public class OrderLine : IEntity
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int? VariantId { get; set; }
    public int? ProductId { get; set; }
    public int? VendorId { get; set; }

    public required string Sku { get; set; }
    public required string ProductName { get; set; }
    public required string VariantName { get; set; }
    public int Quantity { get; set; }

    /// <summary>Unit price at purchase time, minor units of the order's currency.</summary>
    public long UnitPriceMinorUnits { get; set; }

    public long DiscountMinorUnits { get; set; }
    public long TaxMinorUnits { get; set; }

    /// <summary>Quantity × unit price − discount, minor units (before tax).</summary>
    public long LineTotalMinorUnits { get; set; }

    public int FulfilledQuantity { get; set; }

    public Order? Order { get; set; }
    public Catalog.ProductVariant? Variant { get; set; }
    public Catalog.Product? Product { get; set; }
    public Vendors.Vendor? Vendor { get; set; }
}
