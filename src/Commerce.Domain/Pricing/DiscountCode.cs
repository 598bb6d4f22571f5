using Commerce.Domain.Common;

namespace Commerce.Domain.Pricing;

/// <summary>
/// A promotion code: a percentage off the subtotal and/or a fixed amount off, within an optional active window,
/// above an optional minimum subtotal, with an optional usage limit.
/// </summary>
public class DiscountCode : IEntity
{
    public int Id { get; set; }

    /// <summary>Unique, stored upper-case; shoppers may type it in any case.</summary>
    public required string Code { get; set; }

    /// <summary>Percent off the subtotal, 0–100.</summary>
    public int Percent { get; set; }

    /// <summary>Fixed amount off, minor units of <see cref="Currency"/>.</summary>
    public long AmountOffMinorUnits { get; set; }

    public required string Currency { get; set; }
    public long MinimumSubtotalMinorUnits { get; set; }
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }

    /// <summary>How many orders may use the code; null = unlimited.</summary>
    public int? UsageLimit { get; set; }

    public int TimesUsed { get; set; }

    /// <summary>Why the code cannot be used on an order of <paramref name="subtotal"/> now, or null when it can.</summary>
    public string? Refusal(long subtotal, string currency, DateTime now) =>
        (StartsAt is { } start && now < start) || (EndsAt is { } end && now >= end) ? $"Discount code {Code} is not active."
        : UsageLimit is { } limit && TimesUsed >= limit ? $"Discount code {Code} has been used up."
        : !string.Equals(currency, Currency, StringComparison.Ordinal) ? $"Discount code {Code} does not apply to {currency} orders."
        : subtotal < MinimumSubtotalMinorUnits ? $"Discount code {Code} needs a subtotal of at least {new Money(MinimumSubtotalMinorUnits, Currency)}."
        : null;

    /// <summary>The discount on <paramref name="subtotal"/>: percent rounded down, plus the fixed amount, capped at the subtotal.</summary>
    public long DiscountOn(long subtotal) => Math.Min(subtotal, (subtotal * Percent / 100) + AmountOffMinorUnits);
}
