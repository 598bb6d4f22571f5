using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Filtering;

namespace Commerce.Api.Features.Catalog;

/// <summary>The keys categories can be sorted by.</summary>
public sealed class CategorySortInputType : SortInputType<Category>
{
    public CategorySortInputType()
        : base("CategorySortInput", "Sort keys of categories. Set exactly one field per list item.")
    {
        Allow("name", c => c.Name, "By name.");
        TieBreaker("id", c => c.Id, "By id; always appended as the last key so the order is total.");
    }
}
