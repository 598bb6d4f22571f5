namespace Commerce.Domain.Common;

/// <summary>
/// An amount of money as integer minor units of an ISO 4217 currency. No floating point anywhere:
/// sums and SQL aggregates come out the same on every database provider.
/// </summary>
public readonly record struct Money(long MinorUnits, string Currency)
{
    public static Money Zero(string currency) => new(0, currency);

    /// <summary>
    /// The amount in major units with the currency's number of decimals, e.g. 1999 minor units of USD is 19.99 and
    /// 1000 is 10.00 (decimal multiplication keeps the scale of the minor unit, so trailing zeros are kept).
    /// </summary>
    public decimal Amount => MinorUnits * Currencies.MinorUnit(Currency);

    public static Money FromAmount(decimal amount, string currency) =>
        new(decimal.ToInt64(decimal.Round(amount * Currencies.MinorUnitFactor(currency), MidpointRounding.ToEven)), currency);

    public Money Add(Money other)
    {
        EnsureSameCurrency(other);
        return this with { MinorUnits = checked(MinorUnits + other.MinorUnits) };
    }

    public Money Subtract(Money other)
    {
        EnsureSameCurrency(other);
        return this with { MinorUnits = checked(MinorUnits - other.MinorUnits) };
    }

    public Money Multiply(int quantity) => this with { MinorUnits = checked(MinorUnits * quantity) };

    public override string ToString() => $"{Amount.ToString("F" + Currencies.Exponent(Currency), System.Globalization.CultureInfo.InvariantCulture)} {Currency}";

    private void EnsureSameCurrency(Money other)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Cannot combine {Currency} with {other.Currency}.");
        }
    }
}
