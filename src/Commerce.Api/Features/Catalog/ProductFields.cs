using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Catalog;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Catalog;

/// <summary>Checks of product fields shared by createProduct and updateProduct.</summary>
internal static class ProductFields
{
    /// <summary>A slug no other product has (ALREADY_EXISTS otherwise).</summary>
    public static async Task CheckSlugFreeAsync(CommerceDbContext db, InputErrors errors, string? slug, int? exceptId, CancellationToken cancellationToken)
    {
        if (slug is not null && await db.Products.AnyAsync(p => p.Slug == slug && p.Id != exceptId, cancellationToken))
        {
            errors.Add(UserErrorCode.AlreadyExists, $"The slug \"{slug}\" is taken by another product.", "slug");
        }
    }

    /// <summary>The id of an existing category, or null with an INVALID_ID / NOT_FOUND error.</summary>
    public static async Task<int?> CategoryAsync(CommerceDbContext db, InputErrors errors, string categoryId, CancellationToken cancellationToken)
    {
        var category = await db.LookupAsync<Category>(errors, categoryId, CategoryType.TypeName, cancellationToken, "categoryId");
        return category?.Id;
    }

    /// <summary>Absolute http(s) URLs, each at most the column's length.</summary>
    public static List<string> ImageUrls(InputErrors errors, IReadOnlyList<string> urls)
    {
        var result = new List<string>();
        for (var i = 0; i < urls.Count; i++)
        {
            var url = urls[i].Trim();
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                errors.Invalid("Must be an absolute http or https URL.", "imageUrls", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (url.Length > ColumnLengths.Url)
            {
                errors.Invalid($"At most {ColumnLengths.Url} characters are allowed.", "imageUrls", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            result.Add(url);
        }

        return result;
    }

    public static string? Name(InputErrors errors, string? name) => errors.Text(name, ColumnLengths.Name, required: true, "name");

    /// <summary>The description column is unbounded; the cap only keeps requests sane.</summary>
    public static string? Description(InputErrors errors, string? description) =>
        errors.Text(description, MaxDescriptionLength, required: false, "description");

    private const int MaxDescriptionLength = 10_000;
}
