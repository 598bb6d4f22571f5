using Commerce.Api.Features.Common.Mutations;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Customers;

/// <summary>Checks createCustomer and updateCustomer share.</summary>
internal static class CustomerFields
{
    private const int MaxTags = 50;

    /// <summary>A lower-cased email no other customer has (ALREADY_EXISTS otherwise).</summary>
    public static async Task<string?> EmailAsync(CommerceDbContext db, InputErrors errors, string? email, int? exceptId, CancellationToken cancellationToken)
    {
        var checkedEmail = errors.Email(email, "email");
        if (checkedEmail is not null && await db.Customers.AnyAsync(c => c.Email == checkedEmail && c.Id != exceptId, cancellationToken))
        {
            errors.Add(UserErrorCode.AlreadyExists, $"Another customer has the email \"{checkedEmail}\".", "email");
        }

        return checkedEmail;
    }

    public static string? Name(InputErrors errors, string? name, string field) => errors.Text(name, ColumnLengths.ShortText, required: true, field);

    public static string? Company(InputErrors errors, string? company) => errors.Text(company, ColumnLengths.Name, required: false, "company");

    public static string? Phone(InputErrors errors, string? phone) => errors.Text(phone, ColumnLengths.Code, required: false, "phone");

    /// <summary>Trimmed, non-blank tags; repeats (ignoring case) are dropped, keeping the first spelling.</summary>
    public static List<string> Tags(InputErrors errors, IReadOnlyList<string> tags)
    {
        if (tags.Count > MaxTags)
        {
            errors.Invalid($"At most {MaxTags} tags are allowed.", "tags");
        }

        var result = new List<string>();
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = errors.Text(tags[i], ColumnLengths.ShortText, required: true, "tags", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (tag is not null && !result.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(tag);
            }
        }

        return result;
    }
}
