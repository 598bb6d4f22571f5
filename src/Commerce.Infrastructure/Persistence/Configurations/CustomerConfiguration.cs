using Commerce.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property(c => c.Email).HasMaxLength(ColumnLengths.Email);
        builder.Property(c => c.FirstName).HasMaxLength(ColumnLengths.ShortText);
        builder.Property(c => c.LastName).HasMaxLength(ColumnLengths.ShortText);
        builder.Property(c => c.Company).HasMaxLength(ColumnLengths.Name);
        builder.Property(c => c.Phone).HasMaxLength(ColumnLengths.Code);
        builder.PrimitiveCollection(c => c.Tags).IsRequired();
        builder.Property(c => c.PasswordHash).HasMaxLength(ColumnLengths.PasswordHash);
        builder.HasIndex(c => c.Email).IsUnique();
    }
}
