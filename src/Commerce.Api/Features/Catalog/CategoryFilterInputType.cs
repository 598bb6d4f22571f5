using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Filtering;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

/// <summary>The allowlist of category filters.</summary>
public sealed class CategoryFilterInputType : FilterInputType<Category>
{
    public CategoryFilterInputType()
        : base("CategoryFilterInput", "Conditions on categories; all given conditions must hold.")
    {
        AllowId("id", CategoryType.TypeName, c => c.Id, "The category's ID.");
        Allow("name", c => c.Name, "The category's name.");
        Allow("slug", c => c.Slug, "The category's handle.");
        AllowId("parent", CategoryType.TypeName, c => c.ParentId!.Value, "The ID of the parent category.");
        AllowCustom<BooleanGraphType, bool>("isRoot", root => root ? c => c.ParentId == null : c => c.ParentId != null,
            "True: only top-level categories; false: only subcategories.");
    }
}
