namespace Commerce.Domain.Catalog;

/// <summary>A named option value of a variant, e.g. Size = "M" or Colour = "Navy".</summary>
public class VariantAttribute
{
    public required string Name { get; set; }
    public required string Value { get; set; }
}
