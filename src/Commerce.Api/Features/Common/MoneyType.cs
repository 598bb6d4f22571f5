using Commerce.Domain.Common;
using GraphQL.Types;

namespace Commerce.Api.Features.Common;

/// <summary>Money as the graph shows it: an exact decimal amount, its currency, and the stored minor units.</summary>
public sealed class MoneyType : ObjectGraphType<Money>
{
    public MoneyType()
    {
        Name = "Money";
        Description = "An amount of money in one currency. Stored as integer minor units; `amount` is the same value in major units as an exact decimal string.";
        Field<NonNullGraphType<DecimalStringGraphType>>("amount")
            .Description("The amount in major units as an exact decimal string, e.g. \"19.99\".")
            .Resolve(ctx => ctx.Source.Amount);
        Field<NonNullGraphType<CurrencyCodeGraphType>>("currencyCode")
            .Description("The ISO 4217 currency code.")
            .Resolve(ctx => ctx.Source.Currency);
        Field<NonNullGraphType<LongGraphType>>("minorUnits")
            .Description("The amount in the currency's minor units (cents for USD), as stored.")
            .Resolve(ctx => ctx.Source.MinorUnits);
    }
}
