using Commerce.Domain.Common;

namespace Commerce.Domain.Customers;

/// <summary>Outbox events of customers, in the webhook vocabulary. An address book change is a change of its customer.</summary>
public static class CustomerEvents
{
    public const string Created = "customer.created";
    public const string Updated = "customer.updated";

    public static DomainEvent Of(string type, Customer customer) => new(type, nameof(Customer), new
    {
        customer.Email,
        customer.FirstName,
        customer.LastName,
        customer.UpdatedAt,
    });
}
