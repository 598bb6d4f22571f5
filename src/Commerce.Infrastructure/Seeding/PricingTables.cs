using Commerce.Domain.Pricing;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// The demo shop's shipping rates, tax rates and discount codes (USD), the same figures the generated order
/// history was priced with: flat shipping per method for every country ("*"), sales tax per country (per state
/// in the US), and the promotion codes of <see cref="DiscountCodes"/>.
/// </summary>
public static class PricingTables
{
    /// <summary>Writes the tables into an otherwise seeded database (demo seeding and the seed command).</summary>
    public static async Task SeedAsync(IDbContextFactory<CommerceDbContext> factory, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        AddTo(db);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static void AddTo(CommerceDbContext db)
    {
        foreach (var (method, amount) in OrderPricing.ShippingRates)
        {
            db.ShippingRates.Add(new ShippingRate { Method = method, CountryCode = ShippingRate.AnyCountry, AmountMinorUnits = amount, Currency = "USD" });
        }

        foreach (var rate in Geography.Cities.DistinctBy(c => (c.CountryCode, c.CountryCode == "US" ? c.Region : null)))
        {
            db.TaxRates.Add(new TaxRate { CountryCode = rate.CountryCode, Region = rate.CountryCode == "US" ? rate.Region : null, BasisPoints = rate.TaxBasisPoints });
        }

        db.DiscountCodes.AddRange(
            new DiscountCode { Code = "WELCOME10", Percent = 10, Currency = "USD" },
            new DiscountCode { Code = "VIP20", Percent = 20, Currency = "USD" },
            new DiscountCode { Code = "APP15", Percent = 15, Currency = "USD" },
            new DiscountCode { Code = "SAVE5", AmountOffMinorUnits = 500, MinimumSubtotalMinorUnits = 5_000, Currency = "USD" },
            new DiscountCode
            {
                Code = "BLACKFRIDAY25", Percent = 25, Currency = "USD",
                StartsAt = new DateTime(2025, 11, 24, 0, 0, 0, DateTimeKind.Utc), EndsAt = new DateTime(2025, 12, 3, 0, 0, 0, DateTimeKind.Utc),
            });
    }
}
