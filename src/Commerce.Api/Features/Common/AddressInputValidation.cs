using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Common;
using Commerce.Infrastructure.Persistence.Configurations;

namespace Commerce.Api.Features.Common;

public static class AddressInputValidation
{
    /// <summary>
    /// The address, or null with INVALID_ADDRESS errors at <c>input.{field}.…</c>: the parts
    /// <see cref="AddressInput.Validate"/> requires, and no part longer than its column.
    /// </summary>
    public static Address? Address(this InputErrors errors, AddressInput input, string field)
    {
        var (address, problems) = input.Validate(field);
        foreach (var problem in problems)
        {
            errors.Add(problem);
        }

        var before = errors.Count;
        (string? Value, string Name, int Max)[] parts =
        [
            (input.FirstName, "firstName", ColumnLengths.ShortText), (input.LastName, "lastName", ColumnLengths.ShortText),
            (input.Company, "company", ColumnLengths.Name), (input.Line1, "line1", ColumnLengths.Name), (input.Line2, "line2", ColumnLengths.Name),
            (input.City, "city", ColumnLengths.ShortText), (input.Region, "region", ColumnLengths.ShortText),
            (input.PostalCode, "postalCode", ColumnLengths.Code), (input.Phone, "phone", ColumnLengths.Code),
        ];
        foreach (var (value, name, max) in parts.Where(p => p.Value?.Trim().Length > p.Max))
        {
            errors.Add(UserError.At(UserErrorCode.InvalidAddress, $"The {field}'s {name} has at most {max} characters.", field, name));
        }

        return errors.Count == before ? address : null;
    }
}
