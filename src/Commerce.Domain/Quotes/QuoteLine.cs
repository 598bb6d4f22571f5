using Commerce.Domain.Common;

namespace Commerce.Domain.Quotes;

/// <summary>What the buyer asked a price for: a variant, a quantity and free-form requirements.</summary>
public class QuoteLine : IEntity
{
    public int Id { get; set; }
    public int QuoteId { get; set; }
    public int VariantId { get; set; }
    public int Quantity { get; set; }
    public string? Requirements { get; set; }

    public Quote? Quote { get; set; }
    public Catalog.ProductVariant? Variant { get; set; }
}
