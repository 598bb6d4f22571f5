using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;

namespace Commerce.Api.Features.Catalog;

public sealed class CreateCategoryInput
{
    public string Name { get; set; } = "";
    public string? Slug { get; set; }
    public string? Description { get; set; }
    public string? ParentId { get; set; }
}

public sealed class CreateCategoryInputType : InputObjectGraphType<CreateCategoryInput>
{
    public CreateCategoryInputType()
    {
        Name = "CreateCategoryInput";
        Description = "A new category, at the root of the tree or under a parent.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The category's display name.");
        Field<StringGraphType>("slug").Description("URL-safe unique handle; derived from the name when left out.");
        Field<StringGraphType>("description").Description("Description of the category.");
        Field<IdGraphType>("parentId").Description("The parent category; a root category when left out.");
    }
}

public sealed class CreateCategoryPayloadType() : EntityPayloadGraphType<CategoryType, Category>("createCategory", "category", "The created category.");

public sealed class CreateCategoryHandler(CommerceDbContext db)
{
    public async Task<EntityPayload<Category>> HandleAsync(CreateCategoryInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var fields = await CategoryFields.CheckAsync(db, errors, input.Name, input.Slug, input.Description, cancellationToken);
        var parentId = input.ParentId is null ? null : await CategoryFields.ParentAsync(db, errors, input.ParentId, cancellationToken);
        if (errors.Any)
        {
            return EntityPayload.Refused<Category>(errors);
        }

        var category = new Category { Name = fields.Name!, Slug = fields.Slug!, Description = fields.Description, ParentId = parentId };
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return EntityPayload.Of(category);
    }
}
