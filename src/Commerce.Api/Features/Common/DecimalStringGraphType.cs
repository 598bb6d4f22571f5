using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Commerce.Api.Features.Common;

/// <summary>
/// A decimal carried as a string ("19.99") so no client parses money into a binary float. Accepts a string or
/// an integer literal on input.
/// </summary>
public sealed class DecimalStringGraphType : ScalarGraphType
{
    public DecimalStringGraphType()
    {
        Name = "Decimal";
        Description = "An exact decimal number written as a string, e.g. \"19.99\". Used for money amounts so that no client rounds them through a binary floating-point type.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => Parse((string)s.Value),
        GraphQLIntValue i => Parse((string)i.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Parse(s),
        int or long => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        decimal d => d,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    private static decimal Parse(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new FormatException($"'{text}' is not a decimal number.");
}
