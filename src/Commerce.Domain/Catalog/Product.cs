using Commerce.Domain.Common;

namespace Commerce.Domain.Catalog;

/// <summary>A sellable product owned by one vendor, sold through one or more variants.</summary>
public class Product : IEntity
{
    public int Id { get; set; }
    public int VendorId { get; set; }
    public int? CategoryId { get; set; }
    public required string Name { get; set; }

    /// <summary>URL-safe unique handle, e.g. "merino-wool-sweater".</summary>
    public required string Slug { get; set; }

    public string? Description { get; set; }
    public ProductStatus Status { get; set; } = ProductStatus.Draft;

    /// <summary>Absolute image URLs, first one is the main image.</summary>
    public List<string> ImageUrls { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public Vendors.Vendor? Vendor { get; set; }
    public Category? Category { get; set; }
    public List<ProductVariant> Variants { get; set; } = [];
}
