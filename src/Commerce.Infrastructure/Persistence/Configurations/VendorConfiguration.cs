using Commerce.Domain.Vendors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(v => v.Slug).HasMaxLength(ColumnLengths.Slug);
        builder.Property(v => v.Email).HasMaxLength(ColumnLengths.Email);
        builder.HasIndex(v => v.Slug).IsUnique();
    }
}
