using Commerce.Domain.Common;

namespace Commerce.Domain.Quotes;

/// <summary>One variant's terms before and after: null on the side where the variant is not quoted.</summary>
public sealed record QuoteLineChange(
    int VariantId,
    QuoteLineChangeKind Kind,
    int? QuantityBefore,
    int? QuantityAfter,
    Money? UnitPriceBefore,
    Money? UnitPriceAfter);
