namespace Commerce.Domain.Common;

/// <summary>
/// A postal address as a value. Orders keep a copy (snapshot) so later edits to a customer's address book
/// never rewrite where an order was shipped.
/// </summary>
public sealed record Address
{
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public string? Company { get; init; }
    public required string Line1 { get; init; }
    public string? Line2 { get; init; }
    public required string City { get; init; }
    public string? Region { get; init; }
    public required string PostalCode { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public required string CountryCode { get; init; }

    public string? Phone { get; init; }
}
