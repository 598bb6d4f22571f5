using Commerce.Domain.Catalog;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

/// <summary>Exposes <see cref="ProductStatus"/> as <c>ProductStatus { DRAFT ACTIVE ARCHIVED }</c>.</summary>
public sealed class ProductStatusType : EnumerationGraphType<ProductStatus>
{
    public ProductStatusType()
    {
        Name = "ProductStatus";
        Description = "Where a product stands: being prepared (DRAFT), visible to shoppers (ACTIVE) or retired (ARCHIVED).";
    }
}
