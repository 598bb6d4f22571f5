using Commerce.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class VendorUserConfiguration : IEntityTypeConfiguration<VendorUser>
{
    public void Configure(EntityTypeBuilder<VendorUser> builder)
    {
        builder.Property(u => u.Email).HasMaxLength(ColumnLengths.Email);
        builder.Property(u => u.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(u => u.PasswordHash).HasMaxLength(ColumnLengths.PasswordHash);
        builder.HasIndex(u => u.Email).IsUnique();
        builder.HasOne(u => u.Vendor).WithMany().HasForeignKey(u => u.VendorId).OnDelete(DeleteBehavior.Cascade);
    }
}
