using Commerce.Domain.Common;
using Commerce.Domain.Quotes;

namespace Commerce.Api.Features.Quotes;

/// <summary>
/// A revision line with the currency of its revision: the line stores only minor units, and its revision (already
/// loaded when the line is reached through <c>QuoteRevision.lines</c>) knows the currency, so none is queried.
/// </summary>
public sealed record PricedRevisionLine(QuoteRevisionLine Line, string Currency)
{
    public Money UnitPrice => new(Line.UnitPriceMinorUnits, Currency);

    public Money LineTotal => UnitPrice.Multiply(Line.Quantity);
}
