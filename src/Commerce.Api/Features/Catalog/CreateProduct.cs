using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Features.Vendors;
using Commerce.Domain.Catalog;
using Commerce.Domain.Vendors;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

public sealed class CreateProductInput
{
    public string VendorId { get; set; } = "";
    public string? CategoryId { get; set; }
    public string Name { get; set; } = "";
    public string? Slug { get; set; }
    public string? Description { get; set; }
    public List<string> ImageUrls { get; set; } = [];
    public ProductStatus Status { get; set; }
    public List<ProductVariantInput> Variants { get; set; } = [];
}

public sealed class CreateProductInputType : InputObjectGraphType<CreateProductInput>
{
    public CreateProductInputType()
    {
        Name = "CreateProductInput";
        Description = "A new product of a vendor, optionally with its variants.";
        Field<NonNullGraphType<IdGraphType>>("vendorId").Description("The vendor selling the product.");
        Field<IdGraphType>("categoryId").Description("The product's category, if any.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The product's display name.");
        Field<StringGraphType>("slug").Description("URL-safe unique handle; derived from the name when left out.");
        Field<StringGraphType>("description").Description("Long description.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("imageUrls").DefaultValue(new List<object>())
            .Description("Absolute http(s) image URLs; the first one is the main image.");
        Field<NonNullGraphType<ProductStatusType>>("status").DefaultValue(ProductStatus.Draft).Description("DRAFT (the default) or ACTIVE.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductVariantInputType>>>>("variants").DefaultValue(new List<object>())
            .Description("The product's variants, each with a unique SKU; all priced in one currency.");
    }
}

public sealed class CreateProductPayloadType() : EntityPayloadGraphType<ProductType, Product>("createProduct", "product", "The created product.");

/// <summary>Creates a product and its variants in one transaction.</summary>
public sealed class CreateProductHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<Product>> HandleAsync(CreateProductInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var now = clock.GetUtcNow().UtcDateTime;
        var vendor = await db.LookupAsync<Vendor>(errors, input.VendorId, VendorType.TypeName, cancellationToken, "vendorId");
        var categoryId = input.CategoryId is null ? null : await ProductFields.CategoryAsync(db, errors, input.CategoryId, cancellationToken);
        var name = ProductFields.Name(errors, input.Name);
        var slug = errors.Slug(input.Slug, name, "slug");
        await ProductFields.CheckSlugFreeAsync(db, errors, slug, null, cancellationToken);
        if (input.Status == ProductStatus.Archived)
        {
            errors.Invalid("A new product is DRAFT or ACTIVE.", "status");
        }

        var product = new Product
        {
            VendorId = vendor?.Id ?? 0, CategoryId = categoryId, Name = name ?? "", Slug = slug ?? "",
            Description = ProductFields.Description(errors, input.Description), ImageUrls = ProductFields.ImageUrls(errors, input.ImageUrls),
            Status = input.Status, CreatedAt = now, UpdatedAt = now,
        };
        await AddVariantsAsync(product, input.Variants, errors, now, cancellationToken);
        if (errors.Any)
        {
            return EntityPayload.Refused<Product>(errors);
        }

        db.Products.Add(product);
        await db.SaveWithEventAsync(product, () => ProductEvents.Of(ProductEvents.Created, product), cancellationToken);
        return EntityPayload.Of(product);
    }

    private async Task AddVariantsAsync(Product product, List<ProductVariantInput> variants, InputErrors errors, DateTime now, CancellationToken cancellationToken)
    {
        var currency = variants.FirstOrDefault()?.Price.CurrencyCode;
        var skus = new List<(string?, string[])>();
        for (var i = 0; i < variants.Count; i++)
        {
            string[] path = ["variants", i.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            if (VariantFields.New(errors, variants[i], currency, now, path) is { } variant)
            {
                product.Variants.Add(variant);
            }

            skus.Add((VariantFields.SkuKey(variants[i].Sku), [.. path, "sku"]));
        }

        await VariantFields.CheckSkusFreeAsync(db, errors, skus, null, cancellationToken);
    }
}
