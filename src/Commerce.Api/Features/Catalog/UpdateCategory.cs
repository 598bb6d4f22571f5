using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Catalog;

public sealed class UpdateCategoryInput : PatchInput
{
    public string CategoryId { get; set; } = "";
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Description { get; set; }
    public string? ParentId { get; set; }
}

public sealed class UpdateCategoryInputType : PatchInputGraphType<UpdateCategoryInput>
{
    public UpdateCategoryInputType()
    {
        Name = "UpdateCategoryInput";
        Description = "Changes to a category. Fields left out stay as they are; `description: null` clears it and `parentId: null` makes it a root category.";
        Field<NonNullGraphType<IdGraphType>>("categoryId").Description("The category to change.");
        Field<StringGraphType>("name").Description("New display name.");
        Field<StringGraphType>("slug").Description("New URL-safe unique handle (kept when left out, even if the name changes).");
        Field<StringGraphType>("description").Description("New description; null clears it.");
        Field<IdGraphType>("parentId").Description("New parent category; null moves the category to the root. Must not be the category itself or one of its descendants.");
    }
}

public sealed class UpdateCategoryPayloadType() : EntityPayloadGraphType<CategoryType, Category>("updateCategory", "category", "The changed category.");

/// <summary>Renames or moves a category; a move that would put a category under itself is refused.</summary>
public sealed class UpdateCategoryHandler(CommerceDbContext db)
{
    public async Task<EntityPayload<Category>> HandleAsync(UpdateCategoryInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var category = await db.LookupAsync<Category>(errors, input.CategoryId, CategoryType.TypeName, cancellationToken, "categoryId");
        if (category is null)
        {
            return EntityPayload.Refused<Category>(errors);
        }

        var fields = await CategoryFields.CheckAsync(db, errors, input.Name, input.Slug, input.Description, cancellationToken, category.Id);
        var parentId = input.ParentId is null ? null : await CategoryFields.ParentAsync(db, errors, input.ParentId, cancellationToken);
        if (parentId is not null && await IsSelfOrDescendantAsync(parentId.Value, category.Id, cancellationToken))
        {
            errors.Add(UserErrorCode.InvalidValue, "A category cannot be moved under itself or one of its subcategories.", "parentId");
        }

        if (errors.Any)
        {
            return EntityPayload.Refused<Category>(errors);
        }

        category.Name = fields.Name ?? category.Name;
        category.Slug = fields.Slug ?? category.Slug;
        category.Description = input.Has("description") ? fields.Description : category.Description;
        category.ParentId = input.Has("parentId") ? parentId : category.ParentId;
        await db.SaveChangesAsync(cancellationToken);
        return EntityPayload.Of(category);
    }

    /// <summary>Walks up from <paramref name="candidateId"/>; meeting <paramref name="categoryId"/> means a cycle.</summary>
    private async Task<bool> IsSelfOrDescendantAsync(int candidateId, int categoryId, CancellationToken cancellationToken)
    {
        var parents = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ParentId, cancellationToken);
        for (int? current = candidateId; current is not null; current = parents.GetValueOrDefault(current.Value))
        {
            if (current == categoryId)
            {
                return true;
            }
        }

        return false;
    }
}
