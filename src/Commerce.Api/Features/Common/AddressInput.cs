using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Common;
using Commerce.Infrastructure.Persistence.Configurations;
using GraphQL.Types;

namespace Commerce.Api.Features.Common;

/// <summary>A postal address as a client sends it; checked into an <see cref="Address"/>.</summary>
public sealed class AddressInput
{
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string? Company { get; set; }
    public string Line1 { get; set; } = "";
    public string? Line2 { get; set; }
    public string City { get; set; } = "";
    public string? Region { get; set; }
    public string PostalCode { get; set; } = "";
    public string CountryCode { get; set; } = "";
    public string? Phone { get; set; }
}

/// <summary><c>AddressInput</c>: the writable shape of <c>Address</c>.</summary>
public sealed class AddressInputType : InputObjectGraphType<AddressInput>
{
    public AddressInputType()
    {
        Name = "AddressInput";
        Description = "A postal address. Blank optional values are stored as null.";
        Field<NonNullGraphType<StringGraphType>>("firstName").Description("Recipient's first name.");
        Field<NonNullGraphType<StringGraphType>>("lastName").Description("Recipient's last name.");
        Field<StringGraphType>("company").Description("Company name, if any.");
        Field<NonNullGraphType<StringGraphType>>("line1").Description("First address line: street and number.");
        Field<StringGraphType>("line2").Description("Second address line: apartment, suite, unit.");
        Field<NonNullGraphType<StringGraphType>>("city").Description("City or town.");
        Field<StringGraphType>("region").Description("State, province or region.");
        Field<NonNullGraphType<StringGraphType>>("postalCode").Description("Postal or ZIP code.");
        Field<NonNullGraphType<StringGraphType>>("countryCode").Description("ISO 3166-1 alpha-2 country code of two upper-case letters, e.g. \"ZA\".");
        Field<StringGraphType>("phone").Description("Contact phone number for delivery.");
    }
}

public static class AddressInputValidation
{
    /// <summary>The address, or null with an error per bad value: required lines not blank, a two-letter country.</summary>
    public static Address? Address(this InputErrors errors, AddressInput input, params string[] path)
    {
        var before = errors.Count;
        string? Text(string? value, string field, bool required = true, int max = ColumnLengths.ShortText) =>
            errors.Text(value, max, required, [.. path, field]);

        var address = new Address
        {
            FirstName = Text(input.FirstName, "firstName") ?? "",
            LastName = Text(input.LastName, "lastName") ?? "",
            Company = Text(input.Company, "company", required: false, max: ColumnLengths.Name),
            Line1 = Text(input.Line1, "line1", max: ColumnLengths.Name) ?? "",
            Line2 = Text(input.Line2, "line2", required: false, max: ColumnLengths.Name),
            City = Text(input.City, "city") ?? "",
            Region = Text(input.Region, "region", required: false),
            PostalCode = Text(input.PostalCode, "postalCode", max: ColumnLengths.Code) ?? "",
            CountryCode = input.CountryCode,
            Phone = Text(input.Phone, "phone", required: false, max: ColumnLengths.Code),
        };
        if (input.CountryCode is not { Length: 2 } || !input.CountryCode.All(char.IsAsciiLetterUpper))
        {
            errors.Invalid("Must be an ISO 3166-1 alpha-2 code of two upper-case letters.", [.. path, "countryCode"]);
        }

        return errors.Count == before ? address : null;
    }
}
