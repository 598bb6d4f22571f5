using Commerce.Api.Graph;
using Commerce.Domain.Catalog;
using Commerce.GraphQL.Server.Relay;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

/// <summary>The graph's view of a <see cref="Category"/> in the category tree.</summary>
public sealed class CategoryType : ObjectGraphType<Category>
{
    public const string TypeName = "Category";

    public CategoryType()
    {
        Name = TypeName;
        Description = "A node in the catalogue's category tree.";
        this.ImplementsNode(TypeName, c => c.Id);
        Field(c => c.Name).Description("The category's display name.");
        Field(c => c.Slug).Description("URL-safe unique handle of the category.");
        Field(c => c.Description, nullable: true).Description("Description of the category, if any.");
        Field<CategoryType>("parent").Description("The parent category; null for a root category.")
            .Resolve(ctx => ctx.LoadById<Category>(ctx.Source.ParentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryType>>>>("children")
            .Description("The direct subcategories, by name.")
            .Resolve(ctx => ctx.Loader<CategoriesByParentIdLoader>().LoadAsync(ctx.Source.Id));
        this.AddProductsConnection("The products directly in this category.", (category, products) => products.Where(p => p.CategoryId == category.Id));
    }
}
