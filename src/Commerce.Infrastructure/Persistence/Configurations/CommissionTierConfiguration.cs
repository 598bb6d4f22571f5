using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class CommissionTierConfiguration : IEntityTypeConfiguration<CommissionTier>
{
    public void Configure(EntityTypeBuilder<CommissionTier> builder)
    {
        builder.Property(t => t.Currency).HasMaxLength(ColumnLengths.Currency);
        builder.HasIndex(t => new { t.VendorId, t.Currency, t.MonthlyGmvThresholdMinorUnits }).IsUnique();
        builder.HasOne<Vendor>().WithMany().HasForeignKey(t => t.VendorId).OnDelete(DeleteBehavior.Cascade);
    }
}
