using Commerce.Domain.Common;

namespace Commerce.Domain.Quotes;

/// <summary>
/// The line-by-line difference between two revisions of a quote, keyed by variant. A revision quotes each variant
/// once (as the quote's lines do); should one repeat a variant, its first line counts. Totals are the revisions' stored totals. Lines come in the order of
/// the later revision, then the removed ones in the order of the earlier revision.
/// </summary>
public sealed record QuoteRevisionDiff(int FromNumber, int ToNumber, Money TotalBefore, Money TotalAfter, IReadOnlyList<QuoteLineChange> Lines)
{
    public static QuoteRevisionDiff Between(
        QuoteRevision from, IEnumerable<QuoteRevisionLine> fromLines, QuoteRevision to, IEnumerable<QuoteRevisionLine> toLines)
    {
        var before = fromLines.DistinctBy(l => l.VariantId).ToList();
        var after = toLines.DistinctBy(l => l.VariantId).ToList();
        var beforeByVariant = before.ToDictionary(l => l.VariantId);
        var afterVariants = after.Select(l => l.VariantId).ToHashSet();
        var changes = after.Select(line => beforeByVariant.TryGetValue(line.VariantId, out var old)
                ? Compare(old, from.Currency, line, to.Currency)
                : new QuoteLineChange(line.VariantId, QuoteLineChangeKind.Added, null, line.Quantity, null, Price(line, to.Currency)))
            .Concat(before.Where(line => !afterVariants.Contains(line.VariantId))
                .Select(line => new QuoteLineChange(line.VariantId, QuoteLineChangeKind.Removed, line.Quantity, null, Price(line, from.Currency), null)))
            .ToList();
        return new QuoteRevisionDiff(from.Number, to.Number, from.Total, to.Total, changes);
    }

    private static QuoteLineChange Compare(QuoteRevisionLine old, string oldCurrency, QuoteRevisionLine line, string currency)
    {
        var (priceBefore, priceAfter) = (Price(old, oldCurrency), Price(line, currency));
        var kind = old.Quantity == line.Quantity && priceBefore == priceAfter ? QuoteLineChangeKind.Unchanged : QuoteLineChangeKind.Changed;
        return new QuoteLineChange(line.VariantId, kind, old.Quantity, line.Quantity, priceBefore, priceAfter);
    }

    private static Money Price(QuoteRevisionLine line, string currency) => new(line.UnitPriceMinorUnits, currency);
}
