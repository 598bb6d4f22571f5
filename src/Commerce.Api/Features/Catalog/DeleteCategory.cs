using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Catalog;

public sealed class DeleteCategoryInput
{
    public string CategoryId { get; set; } = "";
}

public sealed class DeleteCategoryInputType()
    : IdInputGraphType<DeleteCategoryInput>("DeleteCategoryInput", "The category to delete. Only an empty category (no products, no subcategories) can be deleted.", "categoryId", "The category to delete.");

public sealed class DeleteCategoryPayloadType() : DeletedEntityPayloadGraphType<Category>("deleteCategory", CategoryType.TypeName);

/// <summary>
/// Deletes an empty category. Categories have no archived state, and a category still holding products or
/// subcategories is refused (IN_USE) rather than silently orphaning them.
/// </summary>
public sealed class DeleteCategoryHandler(CommerceDbContext db)
{
    public async Task<EntityPayload<Category>> HandleAsync(DeleteCategoryInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var category = await db.LookupAsync<Category>(errors, input.CategoryId, CategoryType.TypeName, cancellationToken, "categoryId");
        if (category is not null)
        {
            var id = category.Id;
            if (await db.Products.AnyAsync(p => p.CategoryId == id, cancellationToken))
            {
                errors.Add(UserErrorCode.InUse, "The category still has products (archived ones included); move them to another category first.", "categoryId");
            }

            if (await db.Categories.AnyAsync(c => c.ParentId == id, cancellationToken))
            {
                errors.Add(UserErrorCode.InUse, "The category still has subcategories; move or delete them first.", "categoryId");
            }
        }

        if (errors.Any)
        {
            return EntityPayload.Refused<Category>(errors);
        }

        db.Categories.Remove(category!);
        await db.SaveChangesAsync(cancellationToken);
        return EntityPayload.Of(category!);
    }
}
