using Commerce.Domain.Customers;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Features.Customers;

internal static class CustomerAddressBook
{
    /// <summary>The customer with the address book loaded oldest first, as <see cref="AddressBook"/> expects.</summary>
    public static Task<Customer> LoadAsync(CommerceDbContext db, int customerId, CancellationToken cancellationToken) =>
        db.Customers.Include(c => c.Addresses.OrderBy(a => a.Id)).SingleAsync(c => c.Id == customerId, cancellationToken);
}
