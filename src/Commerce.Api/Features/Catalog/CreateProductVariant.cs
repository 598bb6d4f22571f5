using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

public sealed class CreateProductVariantInput : ProductVariantInput
{
    public string ProductId { get; set; } = "";
}

public sealed class CreateProductVariantInputType : ProductVariantInputType<CreateProductVariantInput>
{
    public CreateProductVariantInputType()
    {
        Name = "CreateProductVariantInput";
        Description = "A new variant of an existing product, priced in the currency of the product's other variants.";
        Field<NonNullGraphType<IdGraphType>>("productId").Description("The product to add the variant to.");
    }
}

public sealed class CreateProductVariantPayloadType()
    : EntityPayloadGraphType<ProductVariantType, ProductVariant>("createProductVariant", "productVariant", "The created variant.");

/// <summary>Adds a variant to a product (also an archived one: it stays unorderable until the product is active).</summary>
public sealed class CreateProductVariantHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<ProductVariant>> HandleAsync(CreateProductVariantInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var now = clock.GetUtcNow().UtcDateTime;
        var product = await db.LookupAsync<Product>(errors, input.ProductId, ProductType.TypeName, cancellationToken, "productId");
        var currency = product is null ? null : await VariantFields.ProductCurrencyAsync(db, product.Id, null, cancellationToken);
        var variant = VariantFields.New(errors, input, currency, now);
        await VariantFields.CheckSkusFreeAsync(db, errors, [(VariantFields.SkuKey(input.Sku), ["sku"])], null, cancellationToken);
        if (errors.Any)
        {
            return EntityPayload.Refused<ProductVariant>(errors);
        }

        variant!.ProductId = product!.Id;
        product.UpdatedAt = now;
        db.ProductVariants.Add(variant);
        await db.SaveWithEventAsync(product, () => ProductEvents.Of(ProductEvents.Updated, product), cancellationToken);
        return EntityPayload.Of(variant);
    }
}
