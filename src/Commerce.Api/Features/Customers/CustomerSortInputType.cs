using Commerce.Domain.Customers;
using Commerce.GraphQL.Server.Filtering;

namespace Commerce.Api.Features.Customers;

/// <summary>The keys customers can be sorted by.</summary>
public sealed class CustomerSortInputType : SortInputType<Customer>
{
    public CustomerSortInputType()
        : base("CustomerSortInput", "Sort keys of customers. Set exactly one field per list item.")
    {
        Allow("email", c => c.Email, "By email.");
        Allow("lastName", c => c.LastName, "By last name.");
        Allow("createdAt", c => c.CreatedAt, "By registration time.");
        TieBreaker("id", c => c.Id, "By id; always appended as the last key so the order is total.");
    }
}
