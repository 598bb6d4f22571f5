using Commerce.Api.Features.Common.Mutations;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Inventory;

/// <summary>Checks createWarehouse and updateWarehouse share.</summary>
internal static class WarehouseFields
{
    /// <summary>An upper-cased code of letters, digits and hyphens that no other warehouse has.</summary>
    public static async Task<string?> CodeAsync(CommerceDbContext db, InputErrors errors, string? code, int? exceptId, CancellationToken cancellationToken)
    {
        var text = errors.Text(code, ColumnLengths.Code, required: true, "code")?.ToUpperInvariant();
        if (text is null)
        {
            return null;
        }

        if (!text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || text[0] == '-')
        {
            errors.Invalid("Use letters, digits and hyphens, starting with a letter or digit, e.g. \"JNB-1\".", "code");
        }
        else if (await db.Warehouses.AnyAsync(w => w.Code == text && w.Id != exceptId, cancellationToken))
        {
            errors.Add(UserErrorCode.AlreadyExists, $"The code \"{text}\" is taken by another warehouse.", "code");
        }

        return text;
    }

    public static string? Name(InputErrors errors, string? name) => errors.Text(name, ColumnLengths.Name, required: true, "name");
}
