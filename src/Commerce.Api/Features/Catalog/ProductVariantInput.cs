using Commerce.Api.Features.Common;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

/// <summary>A variant's fields as a client sends them (createProduct's variants, createProductVariant).</summary>
public class ProductVariantInput
{
    public string Sku { get; set; } = "";
    public string? Name { get; set; }
    public MoneyInput Price { get; set; } = new();
    public MoneyInput? CompareAtPrice { get; set; }
    public int? WeightGrams { get; set; }
    public List<VariantAttributeInput> Attributes { get; set; } = [];
}

public sealed class VariantAttributeInput
{
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
}

public sealed class VariantAttributeInputType : InputObjectGraphType<VariantAttributeInput>
{
    public VariantAttributeInputType()
    {
        Name = "VariantAttributeInput";
        Description = "A named option value of a variant, e.g. Size = \"M\". Names are unique within a variant.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The option's name, e.g. \"Size\".");
        Field<NonNullGraphType<StringGraphType>>("value").Description("The option's value, e.g. \"M\".");
    }
}

/// <summary>The variant fields; createProductVariant's input type adds the product.</summary>
public class ProductVariantInputType<TInput> : InputObjectGraphType<TInput>
    where TInput : ProductVariantInput
{
    public ProductVariantInputType()
    {
        Field<NonNullGraphType<StringGraphType>>("sku").Description("The unique stock keeping unit.");
        Field<StringGraphType>("name").Description("The variant's name, e.g. \"Navy / M\"; the attribute values joined by \" / \" when left out.");
        Field<NonNullGraphType<MoneyInputType>>("price").Description("The selling price. All variants of a product share one currency.");
        Field<MoneyInputType>("compareAtPrice").Description("A former price shown struck through; at least the price, in the same currency.");
        Field<IntGraphType>("weightGrams").Description("Shipping weight in grams, zero or more.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VariantAttributeInputType>>>>("attributes").DefaultValue(new List<object>())
            .Description("The option values that distinguish this variant.");
    }
}

public sealed class ProductVariantInputType : ProductVariantInputType<ProductVariantInput>
{
    public ProductVariantInputType()
    {
        Name = "ProductVariantInput";
        Description = "A new variant of a product.";
    }
}
