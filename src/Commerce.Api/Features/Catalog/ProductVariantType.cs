using Commerce.Api.Features.Common;
using Commerce.Api.Features.Inventory;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Relay;
using Commerce.GraphQL.Server.Cost;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

/// <summary>The graph's view of a <see cref="ProductVariant"/>; order and quote lines point at it.</summary>
public sealed class ProductVariantType : ObjectGraphType<ProductVariant>
{
    public const string TypeName = "ProductVariant";

    public ProductVariantType()
    {
        Name = TypeName;
        Description = "One purchasable form of a product (size, colour…), identified by a unique SKU, with its own price and stock.";
        this.ImplementsNode(TypeName, v => v.Id);
        Field(v => v.Sku).Description("The unique stock keeping unit.");
        Field(v => v.Name).Description("The variant's name, e.g. \"Navy / M\".");
        Field<NonNullGraphType<MoneyType>>("price").Description("The selling price.").Resolve(ctx => ctx.Source.Price);
        Field<MoneyType>("compareAtPrice").Description("The former price shown struck through, if any.").Resolve(ctx => ctx.Source.CompareAtPrice);
        Field(v => v.WeightGrams, nullable: true).Description("Shipping weight in grams, if known.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VariantAttributeType>>>>("attributes").WithListSize(5)
            .Description("The option values that distinguish this variant.")
            .Resolve(ctx => ctx.Source.Attributes);
        Field(v => v.CreatedAt).Description("When the variant was created (UTC).");
        Field(v => v.UpdatedAt).Description("When the variant was last changed (UTC).");
        Field<NonNullGraphType<ProductType>>("product").Description("The product this is a variant of.")
            .Resolve(ctx => ctx.LoadById<Product>(ctx.Source.ProductId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StockLevelType>>>>("stockLevels").WithListSize(5)
            .Description("The variant's stock in each warehouse that holds it, ordered by warehouse.")
            .Resolve(ctx => ctx.Loader<StockLevelsByVariantIdLoader>().LoadAsync(ctx.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("available")
            .Description("Units available for sale (on hand minus reserved) over all warehouses.")
            .Resolve(ctx => ctx.Loader<StockLevelsByVariantIdLoader>().LoadAsync(ctx.Source.Id).Then(levels => levels.Sum(l => l.Available)));
    }
}
