using Commerce.Domain.Common;

namespace Commerce.Domain.Catalog;

/// <summary>Outbox events of the catalogue, in the webhook vocabulary. A variant change is a change of its product.</summary>
public static class ProductEvents
{
    public const string Created = "product.created";
    public const string Updated = "product.updated";

    public static DomainEvent Of(string type, Product product) => new(type, nameof(Product), new
    {
        product.Name,
        product.Slug,
        status = product.Status.ToString(),
        product.VendorId,
        product.CategoryId,
        product.UpdatedAt,
    });
}
