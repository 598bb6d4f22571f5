using Commerce.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class CustomerAddressConfiguration : IEntityTypeConfiguration<CustomerAddress>
{
    public void Configure(EntityTypeBuilder<CustomerAddress> builder)
    {
        builder.HasAddress(a => a.Address, required: true);

        // The address book belongs to the customer; orders keep their own copies.
        builder.HasOne(a => a.Customer).WithMany(c => c.Addresses)
            .HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
