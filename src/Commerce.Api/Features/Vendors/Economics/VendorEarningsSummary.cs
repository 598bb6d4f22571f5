using Commerce.Domain.Common;
using Commerce.Domain.Vendors.Economics;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Vendors.Economics;

/// <summary>A vendor's earnings in one currency over a period.</summary>
public sealed record EarningsTotals(Money Gross, Money Refunds, Money Commission, Money Fees, Money Net, int EntryCount)
{
    public string Currency => Gross.Currency;
}

/// <summary>A vendor's earnings over [<see cref="From"/>, <see cref="To"/>), one total per currency.</summary>
public sealed record VendorEarningsSummary(DateTime From, DateTime To, IReadOnlyList<EarningsTotals> Totals)
{
    /// <summary>One GROUP BY over the vendor's ledger entries recorded in the window; nothing is summed in memory.</summary>
    public static async Task<VendorEarningsSummary> LoadAsync(CommerceDbContext db, int vendorId, DateTime from, DateTime to, CancellationToken ct)
    {
        var rows = await db.VendorEarnings.AsNoTracking()
            .Where(e => e.VendorId == vendorId && e.RecordedAt >= from && e.RecordedAt < to)
            .GroupBy(e => e.Currency)
            .Select(g => new
            {
                Currency = g.Key,
                Gross = g.Sum(e => e.Kind == VendorEarningKind.Sale ? e.GrossMinorUnits : 0L),
                Refunds = g.Sum(e => e.Kind == VendorEarningKind.Refund ? -e.GrossMinorUnits : 0L),
                Commission = g.Sum(e => e.CommissionMinorUnits),
                Fees = g.Sum(e => e.FeeMinorUnits),
                Net = g.Sum(e => e.NetMinorUnits),
                Count = g.Count(),
            })
            .OrderBy(r => r.Currency)
            .ToListAsync(ct);
        return new VendorEarningsSummary(from, to, [.. rows.Select(r => new EarningsTotals(
            new Money(r.Gross, r.Currency), new Money(r.Refunds, r.Currency), new Money(r.Commission, r.Currency),
            new Money(r.Fees, r.Currency), new Money(r.Net, r.Currency), r.Count))]);
    }
}
