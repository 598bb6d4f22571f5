using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class PayoutStatementConfiguration : IEntityTypeConfiguration<PayoutStatement>
{
    public void Configure(EntityTypeBuilder<PayoutStatement> builder)
    {
        builder.Property(s => s.Currency).HasMaxLength(ColumnLengths.Currency);
        builder.Property(s => s.PaymentReference).HasMaxLength(ColumnLengths.Reference);
        builder.HasIndex(s => new { s.VendorId, s.PeriodStart });
        builder.HasOne<Vendor>().WithMany().HasForeignKey(s => s.VendorId).OnDelete(DeleteBehavior.Restrict);
    }
}
