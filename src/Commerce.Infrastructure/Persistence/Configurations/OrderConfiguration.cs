using Commerce.Domain.Orders;
using Commerce.Infrastructure.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        // The daily sales rollup follows every change through triggers (docs/decisions/0011).
        builder.ToTable(t => SalesRollupTriggers.Declare(t, SalesRollupTriggers.Orders));
        builder.Property(o => o.Number).HasMaxLength(ColumnLengths.Number);
        builder.Property(o => o.Email).HasMaxLength(ColumnLengths.Email);
        builder.Property(o => o.Currency).HasMaxLength(ColumnLengths.Currency);
        builder.Property(o => o.DiscountCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(o => o.ShippingMethod).HasMaxLength(ColumnLengths.ShortText);
        builder.Property(o => o.ExternalId).HasMaxLength(ColumnLengths.Reference);
        builder.Property(o => o.Note).HasMaxLength(ColumnLengths.Note);
        builder.Property(o => o.CancelReason).HasMaxLength(ColumnLengths.Note);
        builder.HasAddress(o => o.ShippingAddress, required: false);
        builder.HasAddress(o => o.BillingAddress, required: false);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.DomainEvents);

        builder.HasIndex(o => o.Number).IsUnique();
        // A marketplace order imported twice must fail; orders without an external id are not constrained.
        // The filter is plain SQL both providers accept.
        builder.HasIndex(o => new { o.SourceChannel, o.ExternalId }).IsUnique().HasFilter("ExternalId IS NOT NULL");
        // Keyset paging (newest first, id as tiebreaker), a customer's history, and status filters.
        builder.HasIndex(o => new { o.PlacedAt, o.Id });
        builder.HasIndex(o => new { o.CustomerId, o.PlacedAt });
        builder.HasIndex(o => o.Status);
        // Dashboards: covers every per-period aggregate over orders (docs/dashboards.md), so SQLite never reads the table.
        builder.HasIndex(o => new { o.PlacedAt, o.Status, o.Currency, o.CustomerId, o.TotalMinorUnits, o.PaymentStatus })
            .HasDatabaseName("IX_Orders_Dashboard");

        // Orders are history: a customer with orders cannot be deleted.
        builder.HasOne(o => o.Customer).WithMany(c => c.Orders)
            .HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
