using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Api.Features.Catalog;

public sealed class ArchiveProductInput
{
    public string ProductId { get; set; } = "";
}

public sealed class ArchiveProductInputType()
    : IdInputGraphType<ArchiveProductInput>("ArchiveProductInput", "The product to retire.", "productId", "The product to archive.");

public sealed class ArchiveProductPayloadType() : EntityPayloadGraphType<ProductType, Product>("archiveProduct", "product", "The archived product.");

/// <summary>
/// Retires a product: ARCHIVED products stay (orders and quotes point at them) but can no longer be ordered.
/// Archiving an archived product changes nothing and succeeds, so retries are safe.
/// </summary>
public sealed class ArchiveProductHandler(CommerceDbContext db, TimeProvider clock)
{
    public async Task<EntityPayload<Product>> HandleAsync(ArchiveProductInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var product = await db.LookupAsync<Product>(errors, input.ProductId, ProductType.TypeName, cancellationToken, "productId");
        if (product is null)
        {
            return EntityPayload.Refused<Product>(errors);
        }

        if (product.Status != ProductStatus.Archived)
        {
            product.Status = ProductStatus.Archived;
            product.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveWithEventAsync(product, () => ProductEvents.Of(ProductEvents.Updated, product), cancellationToken);
        }

        return EntityPayload.Of(product);
    }
}
