using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Common;
using GraphQL.Types;

namespace Commerce.Api.Features.Common;

/// <summary>An amount of money as a client sends it: a decimal amount in major units and its currency.</summary>
public sealed class MoneyInput
{
    public decimal Amount { get; set; }
    public string CurrencyCode { get; set; } = "";
}

/// <summary><c>MoneyInput { amount: Decimal!, currencyCode: CurrencyCode! }</c>.</summary>
public sealed class MoneyInputType : InputObjectGraphType<MoneyInput>
{
    public MoneyInputType()
    {
        Name = "MoneyInput";
        Description = "An amount of money: a non-negative decimal in major units with at most the currency's decimals (2 for USD, 0 for JPY).";
        Field<NonNullGraphType<DecimalStringGraphType>>("amount").Description("The amount in major units, e.g. \"19.99\".");
        Field<NonNullGraphType<CurrencyCodeGraphType>>("currencyCode").Description("The ISO 4217 currency code.");
    }
}

public static class MoneyInputValidation
{
    /// <summary>
    /// The money as stored, or null with an error: the amount must not be negative nor finer than the currency's
    /// minor unit, and when <paramref name="currency"/> is given the input must be in it.
    /// </summary>
    public static Money? Money(this InputErrors errors, MoneyInput input, string? currency, params string[] path)
    {
        var exponent = Currencies.Exponent(input.CurrencyCode);
        if (currency is not null && input.CurrencyCode != currency)
        {
            errors.Invalid($"Must be in {currency}, the currency of the product's prices.", [.. path, "currencyCode"]);
        }
        else if (input.Amount < 0)
        {
            errors.Invalid("Must not be negative.", [.. path, "amount"]);
        }
        else if (decimal.Round(input.Amount, exponent) != input.Amount)
        {
            errors.Invalid($"{input.CurrencyCode} amounts have at most {exponent} decimals.", [.. path, "amount"]);
        }
        else if (input.Amount * Currencies.MinorUnitFactor(input.CurrencyCode) > long.MaxValue / 2)
        {
            errors.Invalid("The amount is too large.", [.. path, "amount"]);
        }
        else
        {
            return Domain.Common.Money.FromAmount(input.Amount, input.CurrencyCode);
        }

        return null;
    }
}
