namespace Commerce.Domain.Customers;

/// <summary>
/// The address book's rule: while a customer has addresses, exactly one is the default shipping address and
/// exactly one the default billing address (the same entry may be both). <see cref="Customer.Addresses"/> must
/// be loaded, oldest first.
/// </summary>
public static class AddressBook
{
    public static void MakeDefaultShipping(this Customer customer, CustomerAddress address)
    {
        foreach (var entry in customer.Addresses)
        {
            entry.IsDefaultShipping = ReferenceEquals(entry, address);
        }
    }

    public static void MakeDefaultBilling(this Customer customer, CustomerAddress address)
    {
        foreach (var entry in customer.Addresses)
        {
            entry.IsDefaultBilling = ReferenceEquals(entry, address);
        }
    }

    /// <summary>After an entry was added or removed: the oldest entry takes over any default nobody holds.</summary>
    public static void KeepDefaults(this Customer customer)
    {
        if (customer.Addresses.Count == 0)
        {
            return;
        }

        if (!customer.Addresses.Any(a => a.IsDefaultShipping))
        {
            customer.Addresses[0].IsDefaultShipping = true;
        }

        if (!customer.Addresses.Any(a => a.IsDefaultBilling))
        {
            customer.Addresses[0].IsDefaultBilling = true;
        }
    }
}
