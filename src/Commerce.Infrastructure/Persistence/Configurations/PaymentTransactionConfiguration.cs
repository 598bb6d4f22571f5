using Commerce.Domain.Payments;
using Commerce.Infrastructure.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class PaymentTransactionConfiguration : IEntityTypeConfiguration<PaymentTransaction>
{
    public void Configure(EntityTypeBuilder<PaymentTransaction> builder)
    {
        // The daily sales rollup follows every change through triggers (docs/decisions/0011).
        builder.ToTable(t => SalesRollupTriggers.Declare(t, SalesRollupTriggers.PaymentTransactions));
        builder.Property(p => p.Currency).HasMaxLength(ColumnLengths.Currency);
        builder.Property(p => p.Provider).HasMaxLength(ColumnLengths.Code);
        builder.Property(p => p.ProviderReference).HasMaxLength(ColumnLengths.Reference);
        builder.Property(p => p.FailureReason).HasMaxLength(ColumnLengths.Note);

        // Dashboards: refunds are a small slice of the ledger, read by kind and status (docs/dashboards.md).
        builder.HasIndex(p => new { p.Kind, p.Status, p.OrderId, p.AmountMinorUnits })
            .HasDatabaseName("IX_PaymentTransactions_Dashboard");

        // The ledger is append-only: neither an order nor an entry another one acts on can be deleted under it.
        builder.HasOne(p => p.Order).WithMany(o => o.Payments)
            .HasForeignKey(p => p.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PaymentTransaction>().WithMany()
            .HasForeignKey(p => p.ParentTransactionId).OnDelete(DeleteBehavior.Restrict);
    }
}
