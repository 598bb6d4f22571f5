using Commerce.Domain.Catalog;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

/// <summary>A variant's option value, e.g. Size = "M". A value, not a node.</summary>
public sealed class VariantAttributeType : ObjectGraphType<VariantAttribute>
{
    public VariantAttributeType()
    {
        Name = "VariantAttribute";
        Description = "A named option value of a variant, e.g. Size = \"M\" or Colour = \"Navy\".";
        Field(a => a.Name).Description("The option's name, e.g. \"Size\".");
        Field(a => a.Value).Description("The option's value, e.g. \"M\".");
    }
}
