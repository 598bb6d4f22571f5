using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Catalog;

/// <summary>The checks createCategory and updateCategory share.</summary>
internal static class CategoryFields
{
    public sealed record Values(string? Name, string? Slug, string? Description);

    /// <summary>
    /// Name, slug (unique; derived from the name when not given) and description. A null <paramref name="name"/>
    /// with a null <paramref name="slug"/> (an update that leaves both alone) checks nothing.
    /// </summary>
    public static async Task<Values> CheckAsync(
        CommerceDbContext db, InputErrors errors, string? name, string? slug, string? description, CancellationToken cancellationToken, int? exceptId = null)
    {
        var checkedName = name is null ? null : errors.Text(name, ColumnLengths.Name, required: true, "name");
        var checkedSlug = slug is null && exceptId is not null ? null : errors.Slug(slug, checkedName, "slug");
        if (checkedSlug is not null && await db.Categories.AnyAsync(c => c.Slug == checkedSlug && c.Id != exceptId, cancellationToken))
        {
            errors.Add(UserErrorCode.AlreadyExists, $"The slug \"{checkedSlug}\" is taken by another category.", "slug");
        }

        return new Values(checkedName, checkedSlug, errors.Text(description, ColumnLengths.Note, required: false, "description"));
    }

    /// <summary>The id of an existing parent category, or null with an INVALID_ID / NOT_FOUND error.</summary>
    public static async Task<int?> ParentAsync(CommerceDbContext db, InputErrors errors, string parentId, CancellationToken cancellationToken)
    {
        var parent = await db.LookupAsync<Category>(errors, parentId, CategoryType.TypeName, cancellationToken, "parentId");
        return parent?.Id;
    }
}
