using Commerce.Api.Features.Vendors;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.Domain.Vendors;
using Commerce.GraphQL.Server.DataLoader;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

/// <summary>The graph's view of a <see cref="Product"/>: relations and stock through per-level loaders.</summary>
public sealed class ProductType : ObjectGraphType<Product>
{
    public const string TypeName = "Product";

    public ProductType()
    {
        Name = TypeName;
        Description = "A sellable product owned by one vendor, sold through one or more variants.";
        this.ImplementsNode(TypeName, p => p.Id);
        Field(p => p.Name).Description("The product's display name.");
        Field(p => p.Slug).Description("URL-safe unique handle of the product.");
        Field(p => p.Description, nullable: true).Description("Long description, if any.");
        Field<NonNullGraphType<ProductStatusType>>("status").Description("Whether shoppers can see the product.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("imageUrls")
            .Description("Absolute image URLs; the first one is the main image.")
            .Resolve(ctx => ctx.Source.ImageUrls);
        Field(p => p.CreatedAt).Description("When the product was created (UTC).");
        Field(p => p.UpdatedAt).Description("When the product was last changed (UTC).");
        Field<NonNullGraphType<VendorType>>("vendor").Description("The vendor selling the product.")
            .Resolve(ctx => ctx.LoadById<Vendor>(ctx.Source.VendorId));
        Field<CategoryType>("category").Description("The product's category, if it has one.")
            .Resolve(ctx => ctx.LoadById<Category>(ctx.Source.CategoryId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductVariantType>>>>("variants")
            .Description("The purchasable variants of the product, in the order they were added.")
            .Resolve(ctx => ctx.Loader<VariantsByProductIdLoader>().LoadAsync(ctx.Source.Id));
        Field<PriceRangeType>("priceRange").Description("The lowest and highest variant price; null when the product has no variants.")
            .Resolve(ctx => ctx.Loader<VariantsByProductIdLoader>().LoadAsync(ctx.Source.Id).Then(PriceRange.Of));
        Field<NonNullGraphType<IntGraphType>>("totalAvailable")
            .Description("Units available for sale (on hand minus reserved) over all variants and warehouses.")
            .Resolve(ctx => ctx.Loader<AvailableByProductIdLoader>().LoadAsync(ctx.Source.Id));
    }
}
