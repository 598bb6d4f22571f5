using System.Globalization;
using Commerce.Domain.Common;

namespace Commerce.Api.Rest;

/// <summary>Money as the shim writes it: <c>{ "amount": "19.99", "currencyCode": "USD" }</c> (the amount a string, never a float).</summary>
public sealed record RestMoney(string Amount, string CurrencyCode)
{
    public static RestMoney From(Money money) => new(money.Amount.ToString(CultureInfo.InvariantCulture), money.Currency);

    public static RestMoney From(long minorUnits, string currency) => From(new Money(minorUnits, currency));
}
