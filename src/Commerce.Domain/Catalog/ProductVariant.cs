using Commerce.Domain.Common;

namespace Commerce.Domain.Catalog;

/// <summary>One purchasable form of a product (size, colour…), identified by a unique SKU, with its own price.</summary>
public class ProductVariant : IEntity
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public required string Sku { get; set; }
    public required string Name { get; set; }

    /// <summary>Price in minor units of <see cref="Currency"/>.</summary>
    public long PriceMinorUnits { get; set; }

    /// <summary>Optional "compare at" price shown struck through, in minor units.</summary>
    public long? CompareAtPriceMinorUnits { get; set; }

    public required string Currency { get; set; }
    public int? WeightGrams { get; set; }
    public List<VariantAttribute> Attributes { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public Product? Product { get; set; }
    public List<Inventory.StockLevel> StockLevels { get; set; } = [];

    public Money Price => new(PriceMinorUnits, Currency);
    public Money? CompareAtPrice => CompareAtPriceMinorUnits is { } v ? new Money(v, Currency) : null;
}
