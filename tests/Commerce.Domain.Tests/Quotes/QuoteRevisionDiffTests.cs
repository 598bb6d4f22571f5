using Commerce.Domain.Common;
using Commerce.Domain.Quotes;

namespace Commerce.Domain.Tests.Quotes;

/// <summary>The domain's diff, in memory: every change kind, order and totals.</summary>
public sealed class QuoteRevisionDiffTests
{
    [Fact]
    public void Between_ClassifiesEachVariant_AndKeepsLaterRevisionOrderThenRemoved()
    {
        var from = Revision(1, (10, 5, 1_000), (11, 2, 500), (12, 1, 300));
        var to = Revision(2, (13, 4, 250), (11, 2, 450), (10, 5, 1_000));

        var diff = QuoteRevisionDiff.Between(from, from.Lines, to, to.Lines);

        Assert.Equal(
            [
                new QuoteLineChange(13, QuoteLineChangeKind.Added, null, 4, null, Usd(250)),
                new QuoteLineChange(11, QuoteLineChangeKind.Changed, 2, 2, Usd(500), Usd(450)),
                new QuoteLineChange(10, QuoteLineChangeKind.Unchanged, 5, 5, Usd(1_000), Usd(1_000)),
                new QuoteLineChange(12, QuoteLineChangeKind.Removed, 1, null, Usd(300), null),
            ],
            diff.Lines);
        Assert.Equal((1, 2), (diff.FromNumber, diff.ToNumber));
        Assert.Equal(Usd(6_300), diff.TotalBefore);
        Assert.Equal(Usd(6_900), diff.TotalAfter);
    }

    [Fact]
    public void Between_ReportsQuantityChange_WhenPriceIsTheSame()
    {
        var from = Revision(1, (10, 5, 1_000));
        var to = Revision(3, (10, 6, 1_000));

        var change = Assert.Single(QuoteRevisionDiff.Between(from, from.Lines, to, to.Lines).Lines);

        Assert.Equal(QuoteLineChangeKind.Changed, change.Kind);
        Assert.Equal((5, 6), (change.QuantityBefore, change.QuantityAfter));
    }

    [Fact]
    public void Between_ReturnsAllUnchanged_WhenComparingARevisionWithItself()
    {
        var revision = Revision(2, (10, 5, 1_000), (11, 1, 99));

        var diff = QuoteRevisionDiff.Between(revision, revision.Lines, revision, revision.Lines);

        Assert.All(diff.Lines, c => Assert.Equal(QuoteLineChangeKind.Unchanged, c.Kind));
        Assert.Equal(diff.TotalBefore, diff.TotalAfter);
    }

    private static Money Usd(long minorUnits) => new(minorUnits, "USD");

    private static QuoteRevision Revision(int number, params (int Variant, int Quantity, long Price)[] lines)
    {
        var revision = new QuoteRevision { Number = number, AuthorName = "Test", Currency = "USD" };
        revision.Lines.AddRange(lines.Select(l => new QuoteRevisionLine { VariantId = l.Variant, Quantity = l.Quantity, UnitPriceMinorUnits = l.Price }));
        revision.TotalMinorUnits = revision.Lines.Sum(l => l.Quantity * l.UnitPriceMinorUnits);
        return revision;
    }
}
