using Commerce.Domain.Catalog;
using Commerce.Domain.Common;

namespace Commerce.Api.Features.Catalog;

/// <summary>The lowest and highest variant price of a product.</summary>
public sealed record PriceRange(Money Min, Money Max)
{
    /// <summary>The range of <paramref name="variants"/>' prices; null when there are none.</summary>
    public static PriceRange? Of(IEnumerable<ProductVariant> variants)
    {
        var byPrice = variants.OrderBy(v => v.PriceMinorUnits).ToList();
        return byPrice.Count == 0 ? null : new PriceRange(byPrice[0].Price, byPrice[^1].Price);
    }
}
