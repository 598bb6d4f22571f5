using System.Linq.Expressions;
using Commerce.Domain.Customers;
using Commerce.GraphQL.Server.Filtering;
using GraphQL.Types;

namespace Commerce.Api.Features.Customers;

/// <summary>The allowlist of customer filters.</summary>
public sealed class CustomerFilterInputType : FilterInputType<Customer>
{
    public CustomerFilterInputType()
        : base("CustomerFilterInput", "Conditions on customers; all given conditions must hold.")
    {
        AllowId("id", CustomerType.TypeName, c => c.Id, "The customer's ID.");
        Allow("email", c => c.Email, "The customer's email (stored lower-case).");
        Allow("firstName", c => c.FirstName, "First name.");
        Allow("lastName", c => c.LastName, "Last name.");
        Allow("company", c => c.Company, "Company name.");
        AllowCustom<StringGraphType, string>("tags", tag => c => c.Tags.Contains(tag), "Customers carrying this tag, e.g. \"vip\".");
        AllowComparable<DateTimeGraphType, DateTime>("createdAt", c => c.CreatedAt, "When the customer registered (UTC).");
        Allow("acceptsMarketing", c => c.AcceptsMarketing, "Whether the customer agreed to marketing email.");
        AllowCustom<StringGraphType, string>("search", Search, "Free text: the full name or email contains it (case-insensitive).");
    }

    private static Expression<Func<Customer, bool>> Search(string text)
    {
        var lowered = text.ToLowerInvariant();
        return c => (c.FirstName + " " + c.LastName).ToLower().Contains(lowered) || c.Email.Contains(lowered);
    }
}
