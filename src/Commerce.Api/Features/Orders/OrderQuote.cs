using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Orders;
using Commerce.Domain.Pricing;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Orders;

/// <summary>
/// Prices an order being placed from the shop's tables: shipping by method and country (falling back to the
/// method's "*" row), the discount code, and tax by the shipping address's country and region; the arithmetic
/// and rounding are <see cref="OrderTotals"/>'s. A discount code's use is counted here, guarded by its limit.
/// </summary>
internal static class OrderQuote
{
    public static async Task<IReadOnlyList<UserError>> PriceAsync(
        CommerceDbContext db, Order order, string? method, string? code, DateTime now, CancellationToken ct)
    {
        var country = order.ShippingAddress!.CountryCode;
        var rates = await db.ShippingRates.AsNoTracking()
            .Where(r => r.CountryCode == country || r.CountryCode == ShippingRate.AnyCountry).ToListAsync(ct);
        var rate = rates.Where(r => string.Equals(r.Method, method?.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.CountryCode == ShippingRate.AnyCountry).FirstOrDefault();
        if (rate is null)
        {
            var offered = string.Join(", ", rates.Select(r => r.Method).Distinct().Order());
            return [UserError.At(UserErrorCode.InvalidValue, $"Choose a shipping method offered for {country}: {offered}.", "shippingMethod")];
        }

        order.ShippingMethod = rate.Method;
        OrderTotals.Apply(order, 0, rate.AmountMinorUnits, 0);
        long discount = 0;
        if (!string.IsNullOrWhiteSpace(code))
        {
            var normalized = code.Trim().ToUpperInvariant();
            var discountCode = await db.DiscountCodes.AsNoTracking().FirstOrDefaultAsync(d => d.Code == normalized, ct);
            if (discountCode is null)
            {
                return [UserError.At(UserErrorCode.UnknownDiscountCode, $"There is no discount code {code.Trim()}.", "discountCode")];
            }

            var refusal = discountCode.Refusal(order.SubtotalMinorUnits, order.Currency, now)
                ?? (await CountUseAsync(db, discountCode, ct) ? null : $"Discount code {normalized} has been used up.");
            if (refusal is not null)
            {
                return [UserError.At(UserErrorCode.DiscountNotApplicable, refusal, "discountCode")];
            }

            discount = discountCode.DiscountOn(order.SubtotalMinorUnits);
            order.DiscountCode = normalized;
        }

        var taxRates = await db.TaxRates.AsNoTracking().Where(r => r.CountryCode == country).ToListAsync(ct);
        OrderTotals.Apply(order, discount, rate.AmountMinorUnits, TaxRate.For(taxRates, country, order.ShippingAddress.Region));
        return [];
    }

    /// <summary>Counts one use, atomically against the limit (concurrent orders cannot overshoot it).</summary>
    private static async Task<bool> CountUseAsync(CommerceDbContext db, DiscountCode code, CancellationToken ct) =>
        await db.DiscountCodes.Where(d => d.Id == code.Id && (d.UsageLimit == null || d.TimesUsed < d.UsageLimit))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.TimesUsed, d => d.TimesUsed + 1), ct) == 1;
}
