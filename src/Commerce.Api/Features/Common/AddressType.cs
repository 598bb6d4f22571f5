using Commerce.Domain.Common;
using GraphQL.Types;

namespace Commerce.Api.Features.Common;

/// <summary>A postal address value (customer address book entries, order and quote snapshots, warehouses).</summary>
public sealed class AddressType : ObjectGraphType<Address>
{
    public AddressType()
    {
        Name = "Address";
        Description = "A postal address.";
        Field(a => a.FirstName).Description("Recipient's first name.");
        Field(a => a.LastName).Description("Recipient's last name.");
        Field(a => a.Company, nullable: true).Description("Company name, if any.");
        Field(a => a.Line1).Description("First address line: street and number.");
        Field(a => a.Line2, nullable: true).Description("Second address line: apartment, suite, unit.");
        Field(a => a.City).Description("City or town.");
        Field(a => a.Region, nullable: true).Description("State, province or region.");
        Field(a => a.PostalCode).Description("Postal or ZIP code.");
        Field(a => a.CountryCode).Description("ISO 3166-1 alpha-2 country code, e.g. \"ZA\".");
        Field(a => a.Phone, nullable: true).Description("Contact phone number for delivery.");
    }
}
