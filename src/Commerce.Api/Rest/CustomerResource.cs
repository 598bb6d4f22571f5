using Commerce.Api.Features.Customers;
using Commerce.Domain.Customers;
using Commerce.GraphQL.Server.Relay;

namespace Commerce.Api.Rest;

/// <summary>A customer's profile as <c>/api/v1/customers</c> shows it (never the password hash).</summary>
public sealed record CustomerResource(
    string Id, string Email, string FirstName, string LastName, string? Company, string? Phone, IReadOnlyList<string> Tags,
    bool AcceptsMarketing, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static CustomerResource From(Customer c) => new(
        GlobalId.Encode(CustomerType.TypeName, c.Id), c.Email, c.FirstName, c.LastName, c.Company, c.Phone, c.Tags,
        c.AcceptsMarketing, c.CreatedAt, c.UpdatedAt);
}
