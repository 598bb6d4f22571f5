using Commerce.Domain.Orders;
using Commerce.Domain.Payments;
using Commerce.Domain.Vendors;
using Commerce.Domain.Vendors.Economics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class VendorEarningConfiguration : IEntityTypeConfiguration<VendorEarning>
{
    public void Configure(EntityTypeBuilder<VendorEarning> builder)
    {
        builder.Property(e => e.Currency).HasMaxLength(ColumnLengths.Currency);
        builder.Property(e => e.EntryKey).HasMaxLength(ColumnLengths.Reference);

        // The ledger's idempotency: a line is booked once per sale and once per refund, whoever retries.
        builder.HasIndex(e => e.EntryKey).IsUnique();

        // Earnings and payouts are read per vendor and period; unpaid entries are claimed by statements.
        builder.HasIndex(e => new { e.VendorId, e.RecordedAt });
        builder.HasIndex(e => e.PayoutStatementId);

        // Append-only: orders, lines and payment entries cannot be deleted under the ledger.
        builder.HasOne<Vendor>().WithMany().HasForeignKey(e => e.VendorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrderLine>().WithMany().HasForeignKey(e => e.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PaymentTransaction>().WithMany().HasForeignKey(e => e.PaymentTransactionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PayoutStatement>().WithMany().HasForeignKey(e => e.PayoutStatementId).OnDelete(DeleteBehavior.Restrict);
    }
}
