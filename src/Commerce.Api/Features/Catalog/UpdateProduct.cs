using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

public sealed class UpdateProductInput : PatchInput
{
    public string ProductId { get; set; } = "";
    public string? CategoryId { get; set; }
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Description { get; set; }
    public List<string>? ImageUrls { get; set; }
    public ProductStatus? Status { get; set; }
}

public sealed class UpdateProductInputType : PatchInputGraphType<UpdateProductInput>
{
    public UpdateProductInputType()
    {
        Name = "UpdateProductInput";
        Description = "Changes to a product. Fields left out stay as they are; `description: null` and `categoryId: null` clear them. Variants change through their own mutations.";
        Field<NonNullGraphType<IdGraphType>>("productId").Description("The product to change.");
        Field<IdGraphType>("categoryId").Description("New category; null removes the product from its category.");
        Field<StringGraphType>("name").Description("New display name.");
        Field<StringGraphType>("slug").Description("New URL-safe unique handle (kept when left out, even if the name changes).");
        Field<StringGraphType>("description").Description("New description; null clears it.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("imageUrls").Description("The new image URLs, replacing the old list; absolute http(s) only.");
        Field<ProductStatusType>("status").Description("New status: DRAFT, ACTIVE, or ARCHIVED (same as archiveProduct).");
    }
}

public sealed class UpdateProductPayloadType() : EntityPayloadGraphType<ProductType, Product>("updateProduct", "product", "The changed product.");

/// <summary>Applies a partial update to a product's own fields.</summary>
public sealed class UpdateProductHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<Product>> HandleAsync(UpdateProductInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var product = await db.LookupAsync<Product>(errors, input.ProductId, ProductType.TypeName, cancellationToken, "productId");
        if (product is null)
        {
            return EntityPayload.Refused<Product>(errors);
        }

        var name = input.Name is null ? null : ProductFields.Name(errors, input.Name);
        var slug = input.Slug is null ? null : errors.Slug(input.Slug, name, "slug");
        await ProductFields.CheckSlugFreeAsync(db, errors, slug, product.Id, cancellationToken);
        var categoryId = input.CategoryId is null ? null : await ProductFields.CategoryAsync(db, errors, input.CategoryId, cancellationToken);
        var description = ProductFields.Description(errors, input.Description);
        var imageUrls = input.ImageUrls is null ? null : ProductFields.ImageUrls(errors, input.ImageUrls);
        if (errors.Any)
        {
            return EntityPayload.Refused<Product>(errors);
        }

        product.Name = name ?? product.Name;
        product.Slug = slug ?? product.Slug;
        product.CategoryId = input.Has("categoryId") ? categoryId : product.CategoryId;
        product.Description = input.Has("description") ? description : product.Description;
        product.ImageUrls = imageUrls ?? product.ImageUrls;
        product.Status = input.Status ?? product.Status;
        product.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveWithEventAsync(product, () => ProductEvents.Of(ProductEvents.Updated, product), cancellationToken);
        return EntityPayload.Of(product);
    }
}
