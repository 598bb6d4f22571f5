using Commerce.Domain.Catalog;
using Commerce.Domain.Customers;
using Commerce.Domain.Quotes;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// B2B quotes in every status. Open ones (requested, offered, counter-offered) are recent and still valid at the
/// anchor; closed ones ended weeks ago. The first accepted quote is accepted just before the anchor, so its order
/// still waits for the balance after the deposit.
/// </summary>
internal sealed class QuoteGenerator(ShopCatalog catalog, DateTime anchor)
{
    private static readonly QuoteStatus[] Statuses = Enum.GetValues<QuoteStatus>();
    private static readonly IReadOnlyList<int> StatusWeights = [10, 15, 10, 30, 12, 8, 15];
    private readonly Dictionary<int, ProductVariant> variants = catalog.Variants.ToDictionary(v => v.Id);
    private readonly List<Customer> buyers = [.. catalog.Customers.Where(c => c.Tags.Contains("wholesale"))];
    private readonly IdSequence revisionIds = new(), revisionLineIds = new(), lineIds = new();

    public (List<Quote> Quotes, List<AcceptedQuote> Accepted) Create(Random random, int count, int maxAccepted)
    {
        var quotes = new List<Quote>(count);
        var accepted = new List<AcceptedQuote>();
        for (var id = 1; id <= count; id++)
        {
            var status = id <= Statuses.Length ? Statuses[id - 1] : Statuses[random.Weighted(StatusWeights)];
            if (status == QuoteStatus.Accepted && accepted.Count >= maxAccepted)
            {
                status = QuoteStatus.Rejected;
            }

            var created = anchor.AddDays(-random.Between(40, 330)) + random.Minutes(0, 1_439);
            var customer = PickBuyer(random, created);
            var quote = QuoteDrafts.Create(random, id, customer, created, catalog, lineIds);
            var revisionCount = RevisionCount(random, status);
            var sellerName = $"Sales desk, {catalog.Vendors[(quote.VendorId ?? 1) - 1].Name}";
            quote.Revisions = QuoteNegotiation.Revisions(
                random, quote, revisionCount, created, $"{customer.FirstName} {customer.LastName}", sellerName, variants, revisionIds, revisionLineIds);
            var recent = status is QuoteStatus.Requested or QuoteStatus.Offered or QuoteStatus.CounterOffered
                || (status == QuoteStatus.Accepted && accepted.Count == 0);
            if (recent)
            {
                QuoteDrafts.ShiftLastActivityTo(quote, anchor - random.Minutes(30 * 60, 60 * 60));
            }

            var last = quote.Revisions.Count > 0 ? quote.Revisions[^1].CreatedAt : quote.CreatedAt;
            quote.Status = status;
            quote.ValidUntil = quote.Revisions.Count > 0 ? quote.Revisions[^1].ValidUntil : null;
            quote.UpdatedAt = status switch
            {
                QuoteStatus.Accepted => last + random.Minutes(120, recent ? 1_200 : 4_000),
                QuoteStatus.Rejected or QuoteStatus.Withdrawn => last.AddDays(random.Between(1, 5)),
                QuoteStatus.Expired => quote.ValidUntil!.Value,
                _ => last,
            };
            if (status == QuoteStatus.Accepted)
            {
                var leadTime = quote.Revisions.LastOrDefault(r => r.Author == QuoteParty.Seller)?.LeadTimeDays ?? 14;
                accepted.Add(new AcceptedQuote(quote, customer, quote.Revisions[^1], quote.UpdatedAt, leadTime));
            }

            quotes.Add(quote);
        }

        accepted.Sort((a, b) => a.AcceptedAt.CompareTo(b.AcceptedAt));
        return (quotes, accepted);
    }

    /// <summary>Requested has no offer yet; offered ends on a seller revision, counter-offered and expired on their usual side.</summary>
    private static int RevisionCount(Random random, QuoteStatus status) => status switch
    {
        QuoteStatus.Requested => 0,
        QuoteStatus.Offered or QuoteStatus.Expired => random.Chance(0.6) ? 1 : 3,
        QuoteStatus.CounterOffered => random.Chance(0.6) ? 2 : 4,
        QuoteStatus.Withdrawn => random.Between(0, 2),
        _ => random.Between(1, 4),
    };

    private Customer PickBuyer(Random random, DateTime at)
    {
        for (var attempt = 0; attempt < 10 && buyers.Count > 0; attempt++)
        {
            var candidate = random.Pick(buyers);
            if (candidate.CreatedAt <= at)
            {
                return candidate;
            }
        }

        return catalog.Customers[0];
    }
}
