using Commerce.Domain.Catalog;
using Commerce.Domain.Orders;
using Commerce.Domain.Quotes;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Offer and counter-offer prices, as a share of list price in basis points. The seller opens 5–12% below list and
/// comes down with every offer; each buyer counter is below the offer it answers and above the buyer's last one,
/// so the two sides converge.
/// </summary>
internal static class QuoteNegotiation
{
    private static readonly IReadOnlyList<string> SellerTerms = ["Net 30", "Net 15", "50% upfront, balance on delivery", "30% deposit, balance on dispatch"];

    public static List<QuoteRevision> Revisions(
        Random random, Quote quote, int count, DateTime start, string buyerName, string sellerName,
        IReadOnlyDictionary<int, ProductVariant> variants, IdSequence revisionIds, IdSequence lineIds)
    {
        var revisions = new List<QuoteRevision>(count);
        int seller = 10_000 - random.Between(500, 1_200), buyer = 0;
        var at = start;
        for (var n = 1; n <= count; n++)
        {
            at += TimeSpan.FromDays(random.Between(1, 4)) + random.Minutes(0, 600);
            var bySeller = n % 2 == 1;
            if (bySeller && n > 1)
            {
                seller = buyer + ((seller - buyer) * random.Between(40, 70) / 100);
            }
            else if (!bySeller)
            {
                buyer = n == 2 ? seller - random.Between(400, 1_000) : buyer + ((seller - buyer) * random.Between(30, 60) / 100);
            }

            var share = bySeller ? seller : buyer;
            var revision = new QuoteRevision
            {
                Id = revisionIds.Next(),
                QuoteId = quote.Id,
                Number = n,
                Author = bySeller ? QuoteParty.Seller : QuoteParty.Buyer,
                AuthorName = bySeller ? sellerName : buyerName,
                PaymentTerms = bySeller ? random.Pick(SellerTerms) : "Net 60",
                LeadTimeDays = bySeller ? random.Between(7, 28) : null,
                ValidUntil = at.AddDays(bySeller ? 14 : 7),
                Note = bySeller ? (n == 1 ? "Volume pricing as requested." : "Our best price for these quantities.") : "Can you do better on price?",
                Currency = quote.Currency,
                CreatedAt = at,
            };
            foreach (var line in quote.Lines)
            {
                revision.Lines.Add(new QuoteRevisionLine
                {
                    Id = lineIds.Next(),
                    QuoteRevisionId = revision.Id,
                    VariantId = line.VariantId,
                    Quantity = line.Quantity,
                    UnitPriceMinorUnits = OrderTotals.RoundHalfUp(variants[line.VariantId].PriceMinorUnits * share, 10_000),
                    MinimumQuantity = bySeller && random.Chance(0.5) ? line.Quantity : null,
                });
            }

            revision.TotalMinorUnits = revision.Lines.Sum(l => l.Quantity * l.UnitPriceMinorUnits);
            revisions.Add(revision);
        }

        return revisions;
    }
}
