using Commerce.Domain.Common;

namespace Commerce.Domain.Quotes;

/// <summary>The terms a revision sets for one quoted variant.</summary>
public class QuoteRevisionLine : IEntity
{
    public int Id { get; set; }
    public int QuoteRevisionId { get; set; }
    public int VariantId { get; set; }
    public int Quantity { get; set; }
    public long UnitPriceMinorUnits { get; set; }

    /// <summary>Smallest quantity the price holds for, if the seller set one.</summary>
    public int? MinimumQuantity { get; set; }

    public QuoteRevision? Revision { get; set; }
    public Catalog.ProductVariant? Variant { get; set; }
}
