using GraphQL.Types;

namespace Commerce.Api.Features.Common;

/// <summary>
/// graphql-dotnet's <c>Long</c> with a description (the built-in has none, and every schema type must have one).
/// Registered on the schema under the same name, so it replaces the built-in wherever <c>LongGraphType</c> is used.
/// </summary>
public sealed class LongScalarType : LongGraphType
{
    public LongScalarType()
    {
        Name = "Long";
        Description = "A 64-bit signed integer, e.g. an amount of money in minor units.";
    }
}
