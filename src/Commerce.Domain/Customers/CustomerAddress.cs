using Commerce.Domain.Common;

namespace Commerce.Domain.Customers;

/// <summary>An entry in a customer's address book.</summary>
public class CustomerAddress : IEntity
{
    public int Id { get; set; }
    public int CustomerId { get; set; }
    public required Address Address { get; set; }
    public bool IsDefaultShipping { get; set; }
    public bool IsDefaultBilling { get; set; }

    public Customer? Customer { get; set; }
}
