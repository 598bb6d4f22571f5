using Commerce.Domain.Common;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Commerce.Api.Features.Common;

/// <summary>An ISO 4217 currency code scalar: three upper-case letters, validated on input.</summary>
public sealed class CurrencyCodeGraphType : ScalarGraphType
{
    public CurrencyCodeGraphType()
    {
        Name = "CurrencyCode";
        Description = "An ISO 4217 currency code of three upper-case letters, e.g. \"USD\", \"EUR\", \"ZAR\".";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => ParseValue((string)s.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s when Currencies.IsWellFormed(s) => s,
        string s => throw new FormatException($"'{s}' is not an ISO 4217 currency code (three upper-case letters)."),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => ThrowSerializationError(value),
    };
}
