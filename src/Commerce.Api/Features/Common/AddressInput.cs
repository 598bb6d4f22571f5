using Commerce.Api.Features.Common.Mutations;
using Commerce.Domain.Common;
using GraphQL.Types;

namespace Commerce.Api.Features.Common;

/// <summary>A postal address as mutations receive it.</summary>
public sealed class AddressInput
{
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Company { get; init; }
    public string? Line1 { get; init; }
    public string? Line2 { get; init; }
    public string? City { get; init; }
    public string? Region { get; init; }
    public string? PostalCode { get; init; }
    public string? CountryCode { get; init; }
    public string? Phone { get; init; }

    /// <summary>The address, or INVALID_ADDRESS errors at <c>input.{field}.…</c> for each missing or malformed part.</summary>
    public (Address? Address, IReadOnlyList<UserError> Errors) Validate(string field)
    {
        var errors = new List<UserError>();
        void Require(string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(UserError.At(UserErrorCode.InvalidAddress, $"The {field} needs a {name}.", field, name));
            }
        }

        Require(FirstName, "firstName");
        Require(LastName, "lastName");
        Require(Line1, "line1");
        Require(City, "city");
        Require(PostalCode, "postalCode");
        if (CountryCode is not { Length: 2 } code || !code.All(char.IsAsciiLetterUpper))
        {
            errors.Add(UserError.At(UserErrorCode.InvalidAddress, $"The {field} needs an ISO 3166-1 alpha-2 country code such as \"ZA\".", field, "countryCode"));
        }

        return errors.Count > 0 ? (null, errors) : (new Address
        {
            FirstName = FirstName!.Trim(), LastName = LastName!.Trim(), Company = Company, Line1 = Line1!.Trim(), Line2 = Line2,
            City = City!.Trim(), Region = Region, PostalCode = PostalCode!.Trim(), CountryCode = CountryCode!, Phone = Phone,
        }, errors);
    }
}

/// <summary>GraphQL shape of <see cref="AddressInput"/>.</summary>
public sealed class AddressInputType : InputObjectGraphType<AddressInput>
{
    public AddressInputType()
    {
        Name = "AddressInput";
        Description = "A postal address. Required: firstName, lastName, line1, city, postalCode and countryCode.";
        Field(a => a.FirstName, nullable: true).Description("Recipient's first name.");
        Field(a => a.LastName, nullable: true).Description("Recipient's last name.");
        Field(a => a.Company, nullable: true).Description("Company name, if any.");
        Field(a => a.Line1, nullable: true).Description("First address line: street and number.");
        Field(a => a.Line2, nullable: true).Description("Second address line: apartment, suite, unit.");
        Field(a => a.City, nullable: true).Description("City or town.");
        Field(a => a.Region, nullable: true).Description("State, province or region (US sales tax depends on it).");
        Field(a => a.PostalCode, nullable: true).Description("Postal or ZIP code.");
        Field(a => a.CountryCode, nullable: true).Description("ISO 3166-1 alpha-2 country code, upper case, e.g. \"ZA\".");
        Field(a => a.Phone, nullable: true).Description("Contact phone number for delivery.");
    }
}
