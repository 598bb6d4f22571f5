using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Filtering;

namespace Commerce.Api.Features.Catalog;

/// <summary>The keys products can be sorted by.</summary>
public sealed class ProductSortInputType : SortInputType<Product>
{
    public ProductSortInputType()
        : base("ProductSortInput", "Sort keys of products. Set exactly one field per list item.")
    {
        Allow("name", p => p.Name, "By name.");
        Allow("createdAt", p => p.CreatedAt, "By creation time.");
        Allow("updatedAt", p => p.UpdatedAt, "By time of the last change.");
        TieBreaker("id", p => p.Id, "By id; always appended as the last key so the order is total.");
    }
}
