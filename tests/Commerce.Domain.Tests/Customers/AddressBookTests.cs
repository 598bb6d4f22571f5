using Commerce.Domain.Common;
using Commerce.Domain.Customers;

namespace Commerce.Domain.Tests.Customers;

public sealed class AddressBookTests
{
    [Fact]
    public void KeepDefaults_GivesMissingDefaultsToOldestEntry_WhenNoEntryHoldsThem()
    {
        var customer = Customer(3);
        customer.Addresses[2].IsDefaultBilling = true;

        customer.KeepDefaults();

        Assert.Equal([(true, false), (false, false), (false, true)], customer.Addresses.Select(a => (a.IsDefaultShipping, a.IsDefaultBilling)));
    }

    [Fact]
    public void MakeDefaultShipping_LeavesExactlyOneDefault_WhenMovedToAnotherEntry()
    {
        var customer = Customer(3);
        customer.KeepDefaults();

        customer.MakeDefaultShipping(customer.Addresses[1]);

        Assert.Equal([false, true, false], customer.Addresses.Select(a => a.IsDefaultShipping));
        Assert.Equal([true, false, false], customer.Addresses.Select(a => a.IsDefaultBilling));
    }

    private static Customer Customer(int addresses) => new()
    {
        Email = "a@example.com", FirstName = "A", LastName = "B",
        Addresses = [.. Enumerable.Range(0, addresses).Select(i => new CustomerAddress
        {
            Address = new Address { FirstName = "A", LastName = "B", Line1 = $"{i} Road", City = "C", PostalCode = "1", CountryCode = "ZA" },
        })],
    };
}
