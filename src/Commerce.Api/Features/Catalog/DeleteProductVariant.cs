using Commerce.Api.Features.Common.Mutations;
using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Catalog;

public sealed class DeleteProductVariantInput
{
    public string VariantId { get; set; } = "";
}

public sealed class DeleteProductVariantInputType()
    : IdInputGraphType<DeleteProductVariantInput>("DeleteProductVariantInput", "The variant to delete. Only a variant that was never ordered or quoted and holds no stock can be deleted.", "variantId", "The variant to delete.");

public sealed class DeleteProductVariantPayloadType : DeletedEntityPayloadGraphType<ProductVariant>
{
    public DeleteProductVariantPayloadType()
        : base("deleteProductVariant", ProductVariantType.TypeName)
    {
        Field<ProductType>("product").Description("The product the variant belonged to; null when the mutation was refused.")
            .Resolve(ctx => ctx.LoadById<Product>(ctx.Source.Entity?.ProductId));
    }
}

/// <summary>
/// Deletes a variant created by mistake. Variants have no archived state of their own: one that order or quote
/// lines point at must stay (IN_USE), and the product is archived instead; one holding stock is emptied first.
/// </summary>
public sealed class DeleteProductVariantHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<ProductVariant>> HandleAsync(DeleteProductVariantInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var variant = await db.LookupAsync<ProductVariant>(errors, input.VariantId, ProductVariantType.TypeName, cancellationToken, "variantId");
        if (variant is not null)
        {
            var id = variant.Id;
            if (await db.OrderLines.AnyAsync(l => l.VariantId == id, cancellationToken)
                || await db.QuoteLines.AnyAsync(l => l.VariantId == id, cancellationToken)
                || await db.QuoteRevisionLines.AnyAsync(l => l.VariantId == id, cancellationToken))
            {
                errors.Add(UserErrorCode.InUse, "Orders or quotes refer to this variant; archive the product instead.", "variantId");
            }
            else if (await db.StockLevels.AnyAsync(s => s.VariantId == id && (s.OnHand > 0 || s.Reserved > 0), cancellationToken))
            {
                errors.Add(UserErrorCode.InUse, "The variant still has stock; adjust it to zero first.", "variantId");
            }
        }

        if (errors.Any)
        {
            return EntityPayload.Refused<ProductVariant>(errors);
        }

        var product = (await db.Products.FindAsync([variant!.ProductId], cancellationToken))!;
        product.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.ProductVariants.Remove(variant);
        await db.SaveWithEventAsync(product, () => ProductEvents.Of(ProductEvents.Updated, product), cancellationToken);
        return EntityPayload.Of(variant);
    }
}
